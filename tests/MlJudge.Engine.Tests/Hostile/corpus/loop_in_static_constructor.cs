// expect: TimeLimitExceeded
// why: the loop hides in a static constructor
public class Solution
{
    static readonly int K = Spin();
    static int Spin() { var i = 0; while (true) i++; }
    public static double[] DoubleIt(double[] x) => x.Select(v => v * K).ToArray();
}
