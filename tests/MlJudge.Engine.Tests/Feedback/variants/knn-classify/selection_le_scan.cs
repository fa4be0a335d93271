// problem: knn-classify
// expect: distance-ties-to-last
// Picks the k neighbours by k selection scans that accept a candidate when its distance is <= the best so far, so equal distances go to the HIGHER index; votes counted in a dictionary.
int[] KnnClassify(double[][] trainX, int[] trainY, double[][] queries, int k)
{
    int n = trainX.Length;
    var answer = new int[queries.Length];
    for (int qi = 0; qi < queries.Length; qi++)
    {
        var dist = new double[n];
        for (int i = 0; i < n; i++)
            for (int t = 0; t < queries[qi].Length; t++) { double e = queries[qi][t] - trainX[i][t]; dist[i] += e * e; }
        var taken = new bool[n];
        var votes = new Dictionary<int, int>();
        for (int round = 0; round < k; round++)
        {
            int pick = -1;
            for (int i = 0; i < n; i++)
                if (!taken[i] && (pick < 0 || dist[i] <= dist[pick])) pick = i;
            taken[pick] = true;
            votes[trainY[pick]] = votes.GetValueOrDefault(trainY[pick]) + 1;
        }
        int best = -1;
        foreach (var kv in votes)
            if (best < 0 || kv.Value > votes[best] || (kv.Value == votes[best] && kv.Key < best)) best = kv.Key;
        answer[qi] = best;
    }
    return answer;
}
