// expect: MemoryLimitExceeded
// why: allocates until the limit
double[] DoubleIt(double[] x) { var keep = new List<double[]>(); while (true) keep.Add(new double[1 << 20]); }
