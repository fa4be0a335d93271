// expect: MemoryLimitExceeded
// why: many medium rows
double[] DoubleIt(double[] x) { var rows = new double[100_000][]; for (var i = 0; i < rows.Length; i++) rows[i] = new double[1000]; return x.Select(v => v * 2 + rows[^1][0]).ToArray(); }
