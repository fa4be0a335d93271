// problem: cross-entropy
// expect: sum-not-mean
double CrossEntropy(double[][] logits, int[] labels)
{
    double loss = 0;
    int n = 0;
    foreach (var row in logits)
    {
        double top = row.Max();
        double z = 0;
        foreach (var v in row) z += Math.Exp(v - top);
        loss += Math.Log(z) + top - row[labels[n++]];
    }
    return loss;
}
