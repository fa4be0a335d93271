// The other method: sweep thresholds from high to low and add trapezoids under the ROC curve.
public class Solution
{
    public double RocAuc(double[] scores, int[] labels)
    {
        var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ToArray();
        double p = labels.Count(l => l == 1), n = labels.Length - p;
        double tp = 0, fp = 0, prevTpr = 0, prevFpr = 0, area = 0;
        for (var a = 0; a < order.Length;)
        {
            var b = a;
            while (b < order.Length && scores[order[b]] == scores[order[a]])
            {
                if (labels[order[b]] == 1) tp++; else fp++;
                b++;
            }
            double tpr = tp / p, fpr = fp / n;
            area += (fpr - prevFpr) * (tpr + prevTpr) / 2;
            prevTpr = tpr;
            prevFpr = fpr;
            a = b;
        }
        return area;
    }
}
