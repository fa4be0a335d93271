// expect: MemoryLimitExceeded
// why: grows a StringBuilder without bound
double[] DoubleIt(double[] x) { var sb = new System.Text.StringBuilder(); while (true) sb.Append('x', 1 << 20); }
