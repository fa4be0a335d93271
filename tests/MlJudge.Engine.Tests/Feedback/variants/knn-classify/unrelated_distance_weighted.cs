// problem: knn-classify
// expect: none
// Unrelated wrong: right k neighbours, but weights each vote by 1 / (distance + 1e-9) instead of counting votes (ties of weight to the smallest label).
int[] KnnClassify(double[][] trainX, int[] trainY, double[][] queries, int k)
{
    var output = new int[queries.Length];
    for (int qi = 0; qi < queries.Length; qi++)
    {
        var q = queries[qi];
        var near = Enumerable.Range(0, trainX.Length)
            .Select(i => (i, d: q.Select((v, t) => (v - trainX[i][t]) * (v - trainX[i][t])).Sum()))
            .OrderBy(p => p.d).ThenBy(p => p.i).Take(k).ToList();
        var weight = new Dictionary<int, double>();
        foreach (var (i, d) in near) weight[trainY[i]] = weight.GetValueOrDefault(trainY[i]) + 1 / (d + 1e-9);
        output[qi] = weight.OrderByDescending(w => w.Value).ThenBy(w => w.Key).First().Key;
    }
    return output;
}
