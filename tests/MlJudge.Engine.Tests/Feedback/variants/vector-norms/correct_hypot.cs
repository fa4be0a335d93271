// problem: vector-norms
// expect: none
// Correct: the L2 norm by a running scaled sum of squares (as LAPACK's dnrm2 does).
double[] Norms(double[] x)
{
    double scale = 0, ssq = 1, l1 = 0, inf = 0, l0 = 0;
    foreach (var v in x)
    {
        var a = Math.Abs(v);
        if (a == 0) continue;
        l0++; l1 += a; inf = Math.Max(inf, a);
        if (scale < a) { ssq = 1 + ssq * (scale / a) * (scale / a); scale = a; }
        else ssq += (a / scale) * (a / scale);
    }
    return new[] { l0, l1, scale * Math.Sqrt(ssq), inf };
}
