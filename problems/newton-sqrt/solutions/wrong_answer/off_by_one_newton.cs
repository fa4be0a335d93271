// Newton's method that stops one step early (when next == x - 1 it returns next), overshooting below the root.
long IntSqrt(long n)
{
    if (n < 2) return n;
    long x = n / 2 + 1;
    if (x > 3037000500L) x = 3037000500L;
    while (true)
    {
        var next = (x + n / x) / 2;
        if (next >= x - 1) return next;
        x = next;
    }
}
