// Binary search on the answer with overflow-safe comparisons (mid <= n / mid instead of mid * mid <= n).
public class Solution
{
    public long IntSqrt(long n)
    {
        long lo = 0, hi = Math.Min(n, 3037000499L);
        while (lo < hi)
        {
            var mid = lo + (hi - lo + 1) / 2;
            if (mid <= n / mid) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
}
