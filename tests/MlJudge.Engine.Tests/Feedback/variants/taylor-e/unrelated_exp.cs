// problem: taylor-e
// expect: none
// Unrelated wrong: ignores the number of terms.
double TaylorE(int terms) => Math.E;
