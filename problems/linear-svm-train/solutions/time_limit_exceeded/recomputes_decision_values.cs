// Kernel-SVM style SMO used for a linear SVM: every step recomputes all decision values
// f(x_t) = sum_s a_s y_s <x_s, x_t> from scratch (no cached gradient, no explicit w), an O(n^2 d) step.
// The answer is right, but thousands of steps are needed: too slow from n ~ 400 on (at n = 2000, d = 20 one step
// alone is ~10^8 operations).
double[] TrainLinearSvm(double[][] x, int[] y, double lambda)
{
    int n = x.Length, d = x[0].Length;
    var c = 1.0 / (lambda * n);
    var a = new double[n];
    double K(int p, int q) { var s = 0.0; for (var t = 0; t < d; t++) s += x[p][t] * x[q][t]; return s; }
    var g = new double[n];
    while (true)
    {
        for (var t = 0; t < n; t++)
        {
            var f = 0.0;
            for (var s = 0; s < n; s++) if (a[s] != 0) f += a[s] * y[s] * K(s, t);
            g[t] = y[t] * f - 1;
        }
        // maximal violating pair (first order)
        int i = -1, j = -1;
        double up = double.NegativeInfinity, low = double.PositiveInfinity;
        for (var t = 0; t < n; t++)
        {
            var v = -y[t] * g[t];
            if ((y[t] == 1 ? a[t] < c : a[t] > 0) && v > up) { up = v; i = t; }
            if ((y[t] == 1 ? a[t] > 0 : a[t] < c) && v < low) { low = v; j = t; }
        }
        if (i < 0 || j < 0 || up - low < 1e-10) break;
        var q = Math.Max(K(i, i) + K(j, j) - 2 * K(i, j), 1e-12);
        // move a_i by y_i * step and a_j by -y_j * step, keeping sum a y fixed, clipped to the box
        var step = (up - low) / q;
        step = Math.Min(step, y[i] == 1 ? c - a[i] : a[i]);
        step = Math.Min(step, y[j] == 1 ? a[j] : c - a[j]);
        a[i] += y[i] * step;
        a[j] -= y[j] * step;
    }
    var w = new double[d];
    for (var s = 0; s < n; s++) for (var t = 0; t < d; t++) w[t] += a[s] * y[s] * x[s][t];
    var scores = x.Select(r => r.Select((v, t) => v * w[t]).Sum()).ToArray();
    // bias: the best of all kinks b = y_i - w.x_i of the (convex, piecewise-linear) hinge sum
    var best = double.PositiveInfinity;
    var bias = 0.0;
    for (var p = 0; p < n; p++)
    {
        var b = y[p] - scores[p];
        var h = 0.0;
        for (var t = 0; t < n; t++) h += Math.Max(0, 1 - y[t] * (scores[t] + b));
        if (h < best) { best = h; bias = b; }
    }
    return w.Append(bias).ToArray();
}
