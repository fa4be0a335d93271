// problem: taylor-e
// expect: one-term-too-many
double TaylorE(int terms)
{
    double e = 1, t = 1;
    for (int k = 1; k <= terms; k++) { t /= k; e += t; }
    return e;
}
