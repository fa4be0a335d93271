int[] LabelEncode(string[] values)
{
    throw new NotImplementedException();
}
