// problem: scaled-dot-product-attention
// expect: no-scaling
// Class form with LINQ over the list of allowed keys per query: stable softmax and zero rows for fully masked queries, but the logits are the raw dot products (no 1/sqrt(d)).
public class Solution
{
    public double[][] ScaledDotProductAttention(double[][] q, double[][] k, double[][] v, bool[][] mask)
    {
        int dv = v[0].Length;
        return q.Select((qi, i) =>
        {
            var allowed = Enumerable.Range(0, k.Length).Where(j => mask.Length == 0 || mask[i][j]).ToList();
            var output = new double[dv];
            if (allowed.Count == 0) return output;
            var logits = allowed.Select(j => qi.Zip(k[j], (a, b) => a * b).Sum()).ToList();
            double top = logits.Max();
            var w = logits.Select(s => Math.Exp(s - top)).ToList();
            double z = w.Sum();
            for (int a = 0; a < allowed.Count; a++)
                for (int t = 0; t < dv; t++) output[t] += w[a] / z * v[allowed[a]][t];
            return output;
        }).ToArray();
    }
}
