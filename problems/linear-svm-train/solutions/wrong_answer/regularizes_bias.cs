// The liblinear shortcut: append a constant feature 1 to every x_i and train a bias-free SVM, so the bias is a
// weight like any other and is penalized by lambda/2 b^2. Solved exactly by dual coordinate descent (Hsieh et
// al. 2008): it minimizes the wrong objective, which matters most when the optimal |b| is large.
double[] TrainLinearSvm(double[][] x, int[] y, double lambda)
{
    int n = x.Length, m = x[0].Length + 1;
    var c = 1.0 / (lambda * n);
    var z = x.Select(r => r.Append(1.0).ToArray()).ToArray();
    var qd = z.Select(r => r.Sum(v => v * v)).ToArray();
    var w = new double[m];
    var alpha = new double[n];
    var order = Enumerable.Range(0, n).ToArray();
    var random = new Random(1);
    for (var epoch = 0; epoch < 5000; epoch++)
    {
        for (var i = n - 1; i > 0; i--) { var r = random.Next(i + 1); (order[i], order[r]) = (order[r], order[i]); }
        var maxViolation = 0.0;
        foreach (var i in order)
        {
            var s = 0.0;
            for (var t = 0; t < m; t++) s += z[i][t] * w[t];
            var g = y[i] * s - 1;
            var pg = alpha[i] == 0 ? Math.Min(g, 0) : alpha[i] == c ? Math.Max(g, 0) : g;
            maxViolation = Math.Max(maxViolation, Math.Abs(pg));
            if (pg == 0) continue;
            var updated = Math.Min(Math.Max(alpha[i] - g / qd[i], 0), c);
            var delta = (updated - alpha[i]) * y[i];
            alpha[i] = updated;
            for (var t = 0; t < m; t++) w[t] += delta * z[i][t];
        }
        if (maxViolation < 1e-9) break;
    }
    return w;
}
