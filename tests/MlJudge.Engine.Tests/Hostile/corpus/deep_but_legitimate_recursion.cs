// expect: Accepted
// why: 200 000 frames fit the runner's 64 MB stack
int Depth(int n) => n == 0 ? 0 : Depth(n - 1) + 1;
double[] DoubleIt(double[] x) { var one = Depth(200_000) / 200_000; return x.Select(v => v * 2 * one).ToArray(); }
