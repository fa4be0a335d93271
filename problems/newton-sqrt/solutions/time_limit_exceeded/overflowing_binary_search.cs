// Binary search comparing mid * mid <= n over [0, n]: hi - lo + 1 overflows for n = long.MaxValue, the range
// stops shrinking and the loop never ends (and mid * mid overflows for large n).
long IntSqrt(long n)
{
    long lo = 0, hi = n;
    while (lo < hi)
    {
        var mid = lo + (hi - lo + 1) / 2;
        if (mid * mid <= n) lo = mid; else hi = mid - 1;
    }
    return lo;
}
