// diag(s) - s s^T, with s from exp(z - logsumexp(z)).
public class Solution
{
    public static double[][] SoftmaxJacobian(double[] logits)
    {
        var max = double.NegativeInfinity;
        foreach (var z in logits) max = Math.Max(max, z);
        var sum = 0.0;
        foreach (var z in logits) sum += Math.Exp(z - max);
        var lse = max + Math.Log(sum);
        var n = logits.Length;
        var s = new double[n];
        for (var i = 0; i < n; i++) s[i] = Math.Exp(logits[i] - lse);
        var j = new double[n][];
        for (var a = 0; a < n; a++)
        {
            j[a] = new double[n];
            for (var b = 0; b < n; b++) j[a][b] = -s[a] * s[b];
            j[a][a] += s[a];
        }
        return j;
    }
}
