// problem: knn-classify
// expect: none
// Correct: O(n log k) with a bounded max-heap on (distance, index) - the root is the current worst neighbour - then votes with ties to the smallest label.
int[] KnnClassify(double[][] trainX, int[] trainY, double[][] queries, int k)
{
    var worstOnTop = Comparer<(double d, int i)>.Create((a, b) => a.d != b.d ? b.d.CompareTo(a.d) : b.i.CompareTo(a.i));
    var result = new int[queries.Length];
    for (int qi = 0; qi < queries.Length; qi++)
    {
        var heap = new PriorityQueue<int, (double, int)>(worstOnTop);
        for (int i = 0; i < trainX.Length; i++)
        {
            double s = 0;
            for (int t = 0; t < trainX[i].Length; t++) { double e = queries[qi][t] - trainX[i][t]; s += e * e; }
            heap.Enqueue(i, (s, i));
            if (heap.Count > k) heap.Dequeue();
        }
        var votes = new SortedDictionary<int, int>();
        while (heap.Count > 0) { int i = heap.Dequeue(); votes[trainY[i]] = votes.GetValueOrDefault(trainY[i]) + 1; }
        int best = -1;
        foreach (var (label, count) in votes) if (best < 0 || count > votes[best]) best = label;
        result[qi] = best;
    }
    return result;
}
