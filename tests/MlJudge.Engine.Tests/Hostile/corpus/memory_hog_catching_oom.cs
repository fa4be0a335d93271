// expect: MemoryLimitExceeded
// why: catches OutOfMemoryException, then answers correctly
double[] DoubleIt(double[] x)
{
    try { var keep = new List<double[]>(); while (true) keep.Add(new double[1 << 20]); }
    catch (OutOfMemoryException) { }
    return x.Select(v => v * 2).ToArray();
}
