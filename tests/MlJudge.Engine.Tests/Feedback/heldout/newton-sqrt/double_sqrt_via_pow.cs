// problem: newton-sqrt
// expect: floating-point-sqrt
// Uses Math.Pow(n, 0.5) truncated to long: the same floating-point square root without an integer correction step.
long IntSqrt(long n)
{
    long r = (long)Math.Pow(n, 0.5);
    return r < 0 ? 0 : r;
}
