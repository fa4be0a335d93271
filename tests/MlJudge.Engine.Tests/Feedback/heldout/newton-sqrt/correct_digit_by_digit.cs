// problem: newton-sqrt
// expect: none
// Correct, unusual: bitwise digit-by-digit square root (two bits at a time), no Newton and no multiplication that could overflow.
long IntSqrt(long n)
{
    ulong num = (ulong)n;
    ulong res = 0;
    ulong bit = 1UL << 62;
    while (bit > num) bit >>= 2;
    while (bit != 0)
    {
        if (num >= res + bit)
        {
            num -= res + bit;
            res = (res >> 1) + bit;
        }
        else res >>= 1;
        bit >>= 2;
    }
    return (long)res;
}
