// problem: knn-classify
// expect: vote-ties-to-largest
// Right neighbours; the vote winner scans labels in ascending order and replaces the leader on >=, so a tie ends on the largest label.
int[] KnnClassify(double[][] trainX, int[] trainY, double[][] queries, int k)
{
    return queries.Select(q =>
    {
        var nearest = Enumerable.Range(0, trainX.Length)
            .Select(i => (i, d: q.Select((v, t) => (v - trainX[i][t]) * (v - trainX[i][t])).Sum()))
            .OrderBy(p => p.d).ThenBy(p => p.i).Take(k).Select(p => trainY[p.i]);
        var tally = new SortedDictionary<int, int>();
        foreach (var y in nearest) tally[y] = tally.TryGetValue(y, out var c) ? c + 1 : 1;
        int winner = -1, most = 0;
        foreach (var (label, count) in tally)
            if (count >= most) { most = count; winner = label; }
        return winner;
    }).ToArray();
}
