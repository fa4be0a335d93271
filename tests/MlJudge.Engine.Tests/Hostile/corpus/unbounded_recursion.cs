// expect: RuntimeError
// why: a stack overflow kills the runner, not the judge
int Down(int n) => Down(n + 1) + 1;
double[] DoubleIt(double[] x) { Down(0); return x; }
