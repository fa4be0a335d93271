// Counts only strictly higher scores, so ties always favour the true class.
double TopKAccuracy(double[][] scores, int[] labels, int k) =>
    (double)scores.Select((row, i) => row.Count(s => s > row[labels[i]]) < k ? 1 : 0).Sum() / scores.Length;
