// Cross-entropy minus entropy: H(p, q) - H(p), with the same limit conventions.
public class Solution
{
    public static double KlDivergence(double[] p, double[] q)
    {
        double crossEntropy = 0, entropy = 0;
        for (var i = 0; i < p.Length; i++)
        {
            if (p[i] <= 0) continue;
            if (q[i] <= 0) return double.PositiveInfinity;
            crossEntropy -= p[i] * Math.Log(q[i]);
            entropy -= p[i] * Math.Log(p[i]);
        }
        return crossEntropy - entropy;
    }
}
