double[] LogSoftmax(double[] logits)
{
    throw new NotImplementedException();
}
