// expect: CompilationError
// why: finalizers run on the finalizer thread after the test
public class Solution { ~Solution() { while (true) { } } public double[] DoubleIt(double[] x) => x; }
