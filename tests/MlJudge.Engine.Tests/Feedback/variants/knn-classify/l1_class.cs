// problem: knn-classify
// expect: manhattan-distance
// Class form: sum of absolute coordinate differences (L1) as the distance, stable (distance, index) sort, vote counts in an array indexed by label.
public class Solution
{
    public int[] KnnClassify(double[][] trainX, int[] trainY, double[][] queries, int k)
    {
        var result = new int[queries.Length];
        int maxLabel = trainY.Max();
        for (int q = 0; q < queries.Length; q++)
        {
            var d = new (double dist, int idx)[trainX.Length];
            for (int i = 0; i < trainX.Length; i++)
            {
                double s = 0;
                for (int t = 0; t < trainX[i].Length; t++) s += Math.Abs(queries[q][t] - trainX[i][t]);
                d[i] = (s, i);
            }
            Array.Sort(d);
            var counts = new int[maxLabel + 1];
            for (int a = 0; a < k; a++) counts[trainY[d[a].idx]]++;
            int best = 0;
            for (int label = 1; label <= maxLabel; label++) if (counts[label] > counts[best]) best = label;
            result[q] = best;
        }
        return result;
    }
}
