// problem: relu6-leaky-relu
// expect: relu6-uncapped
// Class form; "relu6" only clamps from below (negative -> 0) and never caps at 6; leaky branch is right.
public class Solution
{
    public double[] Activate(double[] x, string kind, double alpha)
    {
        if (kind.Equals("leaky", StringComparison.Ordinal))
            return Array.ConvertAll(x, v => v > 0 ? v : v * alpha);
        return Array.ConvertAll(x, v => v < 0 ? 0.0 : v);
    }
}
