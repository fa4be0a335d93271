int[][] OneHot(string[] values)
{
    throw new NotImplementedException();
}
