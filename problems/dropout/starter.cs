double[] Dropout(double[] x, double p, bool training, int seed)
{
    var random = new Random(seed);
    throw new NotImplementedException();
}
