// problem: newton-sqrt
// expect: floating-point-sqrt
// Takes Math.Floor(Math.Sqrt((double)n)) and converts to long: the double rounding lands on the wrong integer near large perfect squares.
long IntSqrt(long n)
{
    if (n < 2) return n;
    double root = Math.Sqrt((double)n);
    return (long)Math.Floor(root);
}
