// problem: newton-sqrt
// expect: newton-wrong-stop
// Integer Newton from x0 = n/2+1, stopping as soon as a step does not decrease but returning that new step's value: in the 2-cycle just below a perfect square it returns the larger neighbour.
long IntSqrt(long n)
{
    if (n == 0) return 0;
    long x = n / 2 + 1;
    while (true)
    {
        long y = (x + n / x) / 2;
        if (y >= x) return y;
        x = y;
    }
}
