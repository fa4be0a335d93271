// problem: vector-norms
// expect: unscaled-l2
double[] Norms(double[] x)
{
    double l0 = 0, l1 = 0, sq = 0, inf = 0;
    for (int i = 0; i < x.Length; i++)
    {
        var a = Math.Abs(x[i]);
        if (a != 0) l0++;
        l1 += a; sq += a * a; if (a > inf) inf = a;
    }
    return new[] { l0, l1, Math.Sqrt(sq), inf };
}
