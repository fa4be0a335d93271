// Exact dual solver: SMO on the linear kernel (libsvm's second-order working-set selection, a maximal
// violating pair in the first-order sense) with shrinking, until the KKT violation is below 1e-12 on a freshly
// rebuilt gradient; then the bias by exact 1-D minimization of the primal for the final w.
//
// With C = 1 / (lambda n), J = lambda * P where P = 1/2 ||w||^2 + C sum xi_i is the textbook soft-margin SVM.
// Its dual: min f(a) = 1/2 a'Qa - sum a_i  s.t. 0 <= a_i <= C, sum a_i y_i = 0, Q_ij = y_i y_j x_i.x_j,
// and w = sum a_i y_i x_i. The unregularized bias is exactly the equality constraint's multiplier.
double[] TrainLinearSvm(double[][] x, int[] y, double lambda)
{
    int n = x.Length, d = x[0].Length;
    double c = 1.0 / (lambda * n);
    const double Eps = 1e-12, Tau = 1e-12;

    var k = new double[n][];
    for (var i = 0; i < n; i++)
    {
        k[i] = new double[n];
        for (var j = 0; j <= i; j++)
        {
            var s = 0.0;
            for (var t = 0; t < d; t++) s += x[i][t] * x[j][t];
            k[i][j] = s;
            k[j][i] = s;
        }
    }

    var a = new double[n];
    var g = new double[n];              // gradient of f: y_t (w . x_t) - 1
    var active = new int[n];            // libsvm-style shrinking: bounded variables that cannot violate leave the set
    var count = 0;

    void Restore()                      // every variable active again, the gradient rebuilt exactly from w
    {
        var w = Weights(x, y, a);
        for (var t = 0; t < n; t++) { g[t] = y[t] * Dot(w, x[t]) - 1; active[t] = t; }
        count = n;
    }

    Restore();
    for (var round = 0; round < 50; round++)
    {
        var untilShrink = Math.Min(n, 1000);
        for (long iter = 0; iter < 20_000_000; iter++)
        {
            if (--untilShrink == 0)
            {
                untilShrink = Math.Min(n, 1000);
                double m = double.NegativeInfinity, mm = double.PositiveInfinity;
                for (var p = 0; p < count; p++)
                {
                    var t = active[p];
                    var v = -y[t] * g[t];
                    if (y[t] == 1 ? a[t] < c : a[t] > 0) m = Math.Max(m, v);
                    if (y[t] == 1 ? a[t] > 0 : a[t] < c) mm = Math.Min(mm, v);
                }
                var kept = 0;
                for (var p = 0; p < count; p++)
                {
                    var t = active[p];
                    var v = -y[t] * g[t];
                    var atBound = a[t] == 0 || a[t] == c;
                    var upOnly = y[t] == 1 ? a[t] == 0 : a[t] == c;
                    if (atBound && (upOnly ? v < mm : v > m)) continue;     // can be in no violating pair
                    active[kept++] = t;
                }
                count = kept;
            }

            // i: maximal violation  max_{t in I_up} -y_t g_t
            int i = -1;
            var gmax = double.NegativeInfinity;
            for (var p = 0; p < count; p++)
            {
                var t = active[p];
                var up = y[t] == 1 ? a[t] < c : a[t] > 0;
                if (up && -y[t] * g[t] >= gmax) { gmax = -y[t] * g[t]; i = t; }
            }
            if (i < 0) break;
            // j: among t in I_low that violate with i, the largest second-order decrease
            int j = -1;
            var gmax2 = double.NegativeInfinity;
            var best = double.PositiveInfinity;
            var ki = k[i];
            for (var p = 0; p < count; p++)
            {
                var t = active[p];
                var low = y[t] == 1 ? a[t] > 0 : a[t] < c;
                if (!low) continue;
                var v = y[t] * g[t];                       // = -(-y_t g_t)
                if (v >= gmax2) gmax2 = v;
                var diff = gmax + v;
                if (diff <= 0) continue;
                var quad = ki[i] + k[t][t] - 2 * ki[t];
                var gain = -diff * diff / (quad > 0 ? quad : Tau);
                if (gain <= best) { best = gain; j = t; }
            }
            if (j < 0 || gmax + gmax2 < Eps) break;

            // two-variable subproblem (libsvm's update in the variables a_i, a_j)
            double oldI = a[i], oldJ = a[j];
            var q = ki[i] + k[j][j] - 2 * ki[j];
            if (q <= 0) q = Tau;
            if (y[i] != y[j])
            {
                var delta = (-g[i] - g[j]) / q;
                var diff = a[i] - a[j];
                a[i] += delta; a[j] += delta;
                if (diff > 0) { if (a[j] < 0) { a[j] = 0; a[i] = diff; } }
                else { if (a[i] < 0) { a[i] = 0; a[j] = -diff; } }
                if (diff > 0) { if (a[i] > c) { a[i] = c; a[j] = c - diff; } }
                else { if (a[j] > c) { a[j] = c; a[i] = c + diff; } }
            }
            else
            {
                var delta = (g[i] - g[j]) / q;
                var sum = a[i] + a[j];
                a[i] -= delta; a[j] += delta;
                if (sum > c) { if (a[i] > c) { a[i] = c; a[j] = sum - c; } }
                else { if (a[j] < 0) { a[j] = 0; a[i] = sum; } }
                if (sum > c) { if (a[j] > c) { a[j] = c; a[i] = sum - c; } }
                else { if (a[i] < 0) { a[i] = 0; a[j] = sum; } }
            }
            double dI = (a[i] - oldI) * y[i], dJ = (a[j] - oldJ) * y[j];
            var kj = k[j];
            for (var p = 0; p < count; p++)
            {
                var t = active[p];
                g[t] += y[t] * (ki[t] * dI + kj[t] * dJ);
            }
        }
        // converged on the active set with an incremental gradient: confirm on all variables, fresh gradient
        Restore();
        if (MaxViolation(y, a, g, c) < Eps) break;
    }

    var wFinal = Weights(x, y, a);
    var scores = x.Select(r => Dot(wFinal, r)).ToArray();
    return wFinal.Append(BestBias(scores, y)).ToArray();
}

double Dot(double[] u, double[] v)
{
    var s = 0.0;
    for (var t = 0; t < u.Length; t++) s += u[t] * v[t];
    return s;
}

double[] Weights(double[][] x, int[] y, double[] a)
{
    var w = new double[x[0].Length];
    for (var i = 0; i < x.Length; i++)
        if (a[i] != 0)
            for (var t = 0; t < w.Length; t++) w[t] += a[i] * y[i] * x[i][t];
    return w;
}

double MaxViolation(int[] y, double[] a, double[] g, double c)
{
    double m = double.NegativeInfinity, mm = double.PositiveInfinity;
    for (var t = 0; t < y.Length; t++)
    {
        var v = -y[t] * g[t];
        if (y[t] == 1 ? a[t] < c : a[t] > 0) m = Math.Max(m, v);
        if (y[t] == 1 ? a[t] > 0 : a[t] < c) mm = Math.Min(mm, v);
    }
    return double.IsInfinity(m) || double.IsInfinity(mm) ? 0 : m - mm;
}

// argmin_b sum_i max(0, 1 - y_i (s_i + b)): convex, piecewise linear, kinks at b = y_i - s_i. The right slope
// at b is #{negatives with kink <= b} - #{positives with kink > b}; the smallest kink where it is >= 0 is optimal.
double BestBias(double[] s, int[] y)
{
    var n = s.Length;
    var order = Enumerable.Range(0, n).OrderBy(i => y[i] - s[i]).ToArray();
    var positivesAbove = y.Count(v => v == 1);
    var negativesBelow = 0;
    for (var p = 0; p < n; )
    {
        var kink = y[order[p]] - s[order[p]];
        while (p < n && y[order[p]] - s[order[p]] == kink)
        {
            if (y[order[p]] == 1) positivesAbove--; else negativesBelow++;
            p++;
        }
        if (negativesBelow - positivesAbove >= 0) return kink;
    }
    return y[order[n - 1]] - s[order[n - 1]];
}
