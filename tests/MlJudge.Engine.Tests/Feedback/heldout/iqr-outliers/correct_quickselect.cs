// problem: iqr-outliers
// expect: none
// Correct, unusual: no full sort; order statistics s_j, s_{j+1} found by an iterative quickselect (middle-element pivot, Hoare partition) on a copy, then type-7 interpolation.
double[][] IqrOutliers(double[] x, double k)
{
    int n = x.Length;
    var a = (double[])x.Clone();
    double Select(int target)
    {
        int lo = 0, hi = n - 1;
        while (lo < hi)
        {
            double pivot = a[lo + (hi - lo) / 2];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) { (a[i], a[j]) = (a[j], a[i]); i++; j--; }
            }
            if (target <= j) hi = j;
            else if (target >= i) lo = i;
            else return a[target];
        }
        return a[target];
    }
    double Q(double p)
    {
        double h = (n - 1) * p;
        int j = (int)Math.Floor(h);
        double sj = Select(j);
        if (j >= n - 1) return sj;
        double sj1 = Select(j + 1);
        return sj + (h - j) * (sj1 - sj);
    }
    double q1 = Q(0.25), q3 = Q(0.75), iqr = q3 - q1;
    double lo2 = q1 - k * iqr, hi2 = q3 + k * iqr;
    var flags = new double[n];
    var clipped = new double[n];
    for (int i = 0; i < n; i++)
    {
        flags[i] = x[i] < lo2 || x[i] > hi2 ? 1 : 0;
        clipped[i] = x[i] < lo2 ? lo2 : x[i] > hi2 ? hi2 : x[i];
    }
    return new[] { flags, clipped };
}
