// problem: taylor-e
// expect: none
// Correct: Horner's scheme from the last term back.
double TaylorE(int terms)
{
    double acc = 0;
    for (int k = terms - 1; k >= 1; k--) acc = (acc + 1) / k;
    return terms == 0 ? 0 : acc + 1;
}
