// problem: cross-entropy
// expect: sum-not-mean
double CrossEntropy(double[][] logits, int[] labels) =>
    logits.Select((row, i) => { var m = row.Max(); return Math.Log(row.Select(v => Math.Exp(v - m)).Sum()) + m - row[labels[i]]; }).Sum();
