// expect: RuntimeError
// why: a non-generic exception type of the submission's own (its name could encode anything) is never named for a hidden test
public class Input300Exception : Exception { }
public class Solution
{
    public static double[] DoubleIt(double[] x) => x.Length == 2 ? throw new Input300Exception() : x.Select(v => v * 2).ToArray();
}
