// Takes the k lowest scores.
double TopKAccuracy(double[][] scores, int[] labels, int k) =>
    (double)scores.Select((row, i) => Enumerable.Range(0, row.Length).OrderBy(c => row[c]).ThenBy(c => c).Take(k).Contains(labels[i]) ? 1 : 0).Sum() / scores.Length;
