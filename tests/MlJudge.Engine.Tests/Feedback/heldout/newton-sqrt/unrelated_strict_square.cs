// problem: newton-sqrt
// expect: none
// Unrelated bug (off by one the other way): overflow-safe binary search for the largest x with x*x < n (strict), so perfect squares come out one too small.
long IntSqrt(long n)
{
    long lo = 0, hi = 3037000499;
    while (lo < hi)
    {
        long mid = lo + (hi - lo + 1) / 2;
        if (mid * mid < n) lo = mid; else hi = mid - 1;
    }
    return lo;
}
