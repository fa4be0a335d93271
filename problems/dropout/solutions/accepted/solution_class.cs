// Draws an exact-count mask instead: drops round(n * p) positions chosen by a partial Fisher–Yates shuffle.
public class Solution
{
    public static double[] Dropout(double[] x, double p, bool training, int seed)
    {
        var y = (double[])x.Clone();
        if (!training) return y;
        var random = new Random(seed);
        var order = Enumerable.Range(0, x.Length).ToArray();
        var drop = (int)Math.Round(x.Length * p);
        for (var i = 0; i < drop; i++)
        {
            var j = random.Next(i, order.Length);
            (order[i], order[j]) = (order[j], order[i]);
        }
        var dropped = new bool[x.Length];
        for (var i = 0; i < drop; i++) dropped[order[i]] = true;
        for (var i = 0; i < y.Length; i++) y[i] = dropped[i] ? 0 : x[i] / (1 - p);
        return y;
    }
}
