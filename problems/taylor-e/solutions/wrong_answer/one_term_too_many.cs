// Sums k = 0..terms (terms + 1 terms): the classic off-by-one.
double TaylorE(int terms)
{
    double sum = 0, term = 1;
    for (var k = 0; k <= terms; k++)
    {
        if (k > 0) term /= k;
        sum += term;
    }
    return sum;
}
