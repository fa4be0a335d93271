// An independent exact method: a primal-dual interior-point method (Mehrotra predictor-corrector) on the
// primal QP itself, with the bias as an ordinary free variable:
//   min  lambda/2 ||w||^2 + 1/n sum_i xi_i   s.t.  y_i (w.x_i + b) + xi_i - 1 = s_i >= 0,  xi_i >= 0,
// multipliers u_i (for s_i) and v_i (for xi_i). Eliminating s, xi, u, v leaves one (d+1) x (d+1) system per
// step, (H + A' W A) dz = r with a_i = y_i [x_i, 1], H = diag(lambda, ..., lambda, 0), W_i = 1 / (xi_i/v_i + s_i/u_i),
// so a step costs O(n d^2) and some 20-40 steps drive the duality gap s.u + xi.v below 1e-13.
// The features are centred first (b is free, so that only shifts it) to keep the system well conditioned.
public class Solution
{
    public double[] TrainLinearSvm(double[][] x, int[] y, double lambda)
    {
        int n = x.Length, d = x[0].Length, m = d + 1;
        // One class only: w = 0 and b = that label give J = 0. (The optimal set {b >= 1} is unbounded, which an
        // interior-point method cannot handle: its central path would run off to b = infinity.)
        if (y.All(v => v == y[0])) return new double[d].Append((double)y[0]).ToArray();

        var mean = new double[d];
        foreach (var row in x) for (var t = 0; t < d; t++) mean[t] += row[t] / n;
        var a = new double[n][];
        for (var i = 0; i < n; i++)
        {
            a[i] = new double[m];
            for (var t = 0; t < d; t++) a[i][t] = y[i] * (x[i][t] - mean[t]);
            a[i][d] = y[i];
        }

        var z = new double[m];
        double[] xi = Fill(n, 1), s = Fill(n, 1), u = Fill(n, 0.5 / n), v = Fill(n, 0.5 / n);
        double[] bestZ = (double[])z.Clone();
        var bestJ = Objective(x, y, lambda, mean, z);

        for (var iter = 0; iter < 150; iter++)
        {
            var az = a.Select(r => Dot(r, z)).ToArray();
            var rz = new double[m];                                   // H z - A' u
            for (var t = 0; t < d; t++) rz[t] = lambda * z[t];
            for (var i = 0; i < n; i++) for (var t = 0; t < m; t++) rz[t] -= a[i][t] * u[i];
            var rxi = new double[n];                                  // 1/n - u - v
            var rp = new double[n];                                   // A z + xi - 1 - s
            for (var i = 0; i < n; i++) { rxi[i] = 1.0 / n - u[i] - v[i]; rp[i] = az[i] + xi[i] - 1 - s[i]; }
            var gap = 0.0;
            for (var i = 0; i < n; i++) gap += s[i] * u[i] + xi[i] * v[i];
            var infeasibility = Math.Max(rz.Max(Math.Abs), Math.Max(rp.Max(Math.Abs), n * rxi.Max(Math.Abs)));
            if (gap < 1e-14 && infeasibility < 1e-12) break;
            var mu = gap / (2 * n);

            // Newton matrix H + sum_i W_i a_i a_i'
            var w = new double[n];
            for (var i = 0; i < n; i++) w[i] = 1 / (xi[i] / v[i] + s[i] / u[i]);
            var mat = new double[m, m];
            for (var t = 0; t < d; t++) mat[t, t] = lambda;
            for (var i = 0; i < n; i++)
                for (var p = 0; p < m; p++)
                {
                    var wp = w[i] * a[i][p];
                    for (var q = 0; q <= p; q++) mat[p, q] += wp * a[i][q];
                }
            for (var p = 0; p < m; p++) for (var q = 0; q < p; q++) mat[q, p] = mat[p, q];
            var chol = Cholesky(mat, m);

            // One Newton solve for complementarity targets: s_i u_i -> rsu_i, xi_i v_i -> rxv_i (as residuals).
            (double[] dz, double[] dxi, double[] ds, double[] du, double[] dv) Solve(double[] rsu, double[] rxv)
            {
                var c0 = new double[n];
                var qv = new double[n];
                var rhs = new double[m];
                for (var t = 0; t < m; t++) rhs[t] = -rz[t];
                for (var i = 0; i < n; i++)
                {
                    c0[i] = rxi[i] + rxv[i] / xi[i];
                    qv[i] = -rp[i] - rsu[i] / u[i] - s[i] / u[i] * c0[i];
                    var coef = c0[i] + w[i] * qv[i];
                    for (var t = 0; t < m; t++) rhs[t] += a[i][t] * coef;
                }
                var dz = CholeskySolve(chol, rhs, m);
                double[] dxi = new double[n], ds = new double[n], du = new double[n], dv = new double[n];
                for (var i = 0; i < n; i++)
                {
                    var adz = Dot(a[i], dz);
                    dxi[i] = (qv[i] - adz) / (1 + s[i] / u[i] * (v[i] / xi[i]));
                    du[i] = c0[i] + v[i] / xi[i] * dxi[i];
                    ds[i] = -(rsu[i] + s[i] * du[i]) / u[i];
                    dv[i] = -(rxv[i] + v[i] * dxi[i]) / xi[i];
                }
                return (dz, dxi, ds, du, dv);
            }
            double StepToBoundary(double[][] pairs)
            {
                var step = 1.0;
                for (var k = 0; k < pairs.Length; k += 2)
                    for (var i = 0; i < n; i++)
                        if (pairs[k + 1][i] < 0) step = Math.Min(step, -pairs[k][i] / pairs[k + 1][i]);
                return step;
            }

            // predictor (affine scaling)
            var su = new double[n];
            var xv = new double[n];
            for (var i = 0; i < n; i++) { su[i] = s[i] * u[i]; xv[i] = xi[i] * v[i]; }
            var aff = Solve(su, xv);
            var stepAff = StepToBoundary([s, aff.ds, u, aff.du, xi, aff.dxi, v, aff.dv]);
            var gapAff = 0.0;
            for (var i = 0; i < n; i++)
                gapAff += (s[i] + stepAff * aff.ds[i]) * (u[i] + stepAff * aff.du[i]) + (xi[i] + stepAff * aff.dxi[i]) * (v[i] + stepAff * aff.dv[i]);
            var sigma = Math.Pow(gapAff / gap, 3);
            // corrector with the second-order term and centring
            for (var i = 0; i < n; i++)
            {
                su[i] += aff.ds[i] * aff.du[i] - sigma * mu;
                xv[i] += aff.dxi[i] * aff.dv[i] - sigma * mu;
            }
            var dir = Solve(su, xv);
            var step = Math.Min(1, 0.995 * StepToBoundary([s, dir.ds, u, dir.du, xi, dir.dxi, v, dir.dv]));
            for (var t = 0; t < m; t++) z[t] += step * dir.dz[t];
            for (var i = 0; i < n; i++)
            {
                xi[i] += step * dir.dxi[i];
                s[i] += step * dir.ds[i];
                u[i] += step * dir.du[i];
                v[i] += step * dir.dv[i];
            }
            var j = Objective(x, y, lambda, mean, z);
            if (j < bestJ) { bestJ = j; bestZ = (double[])z.Clone(); }
        }
        return Unshift(bestZ, mean);
    }

    private static double[] Fill(int n, double value) => Enumerable.Repeat(value, n).ToArray();

    private static double Dot(double[] p, double[] q)
    {
        var acc = 0.0;
        for (var t = 0; t < p.Length; t++) acc += p[t] * q[t];
        return acc;
    }

    // back to uncentred features: w.(x - mean) + b' = w.x + (b' - w.mean)
    private static double[] Unshift(double[] z, double[] mean)
    {
        var wb = (double[])z.Clone();
        for (var t = 0; t < mean.Length; t++) wb[^1] -= z[t] * mean[t];
        return wb;
    }

    private static double Objective(double[][] x, int[] y, double lambda, double[] mean, double[] z)
    {
        var wb = Unshift(z, mean);
        int n = x.Length, d = mean.Length;
        var hinge = 0.0;
        for (var i = 0; i < n; i++)
        {
            var f = wb[d];
            for (var t = 0; t < d; t++) f += wb[t] * x[i][t];
            hinge += Math.Max(0, 1 - y[i] * f);
        }
        var ww = 0.0;
        for (var t = 0; t < d; t++) ww += wb[t] * wb[t];
        return 0.5 * lambda * ww + hinge / n;
    }

    private static double[,] Cholesky(double[,] mat, int m)
    {
        var l = new double[m, m];
        for (var p = 0; p < m; p++)
        {
            for (var q = 0; q <= p; q++)
            {
                var acc = mat[p, q];
                for (var k = 0; k < q; k++) acc -= l[p, k] * l[q, k];
                if (p == q) l[p, p] = Math.Sqrt(Math.Max(acc, 1e-300 + 1e-18 * Math.Abs(mat[p, p])));
                else l[p, q] = acc / l[q, q];
            }
        }
        return l;
    }

    private static double[] CholeskySolve(double[,] l, double[] rhs, int m)
    {
        var t = (double[])rhs.Clone();
        for (var p = 0; p < m; p++) { for (var k = 0; k < p; k++) t[p] -= l[p, k] * t[k]; t[p] /= l[p, p]; }
        for (var p = m - 1; p >= 0; p--) { for (var k = p + 1; k < m; k++) t[p] -= l[k, p] * t[k]; t[p] /= l[p, p]; }
        return t;
    }
}
