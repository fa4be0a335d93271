double CrossEntropy(double[][] logits, int[] labels)
{
    throw new NotImplementedException();
}
