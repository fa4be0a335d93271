long IntSqrt(long n)
{
    if (n < 2) return n;
    // Start at 2^ceil(bits/2) >= sqrt(n); every step then decreases until it reaches floor(sqrt(n)).
    var bits = 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)n);
    long x = 1L << ((bits + 1) / 2);
    while (true)
    {
        var next = (x + n / x) / 2;
        if (next >= x) return x;
        x = next;
    }
}
