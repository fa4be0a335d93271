int[] TopKFrequent(int[] items, int k)
{
    throw new NotImplementedException();
}
