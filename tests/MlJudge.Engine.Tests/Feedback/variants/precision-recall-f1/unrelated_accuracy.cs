// problem: precision-recall-f1
// expect: none
// Unrelated wrong: reports accuracy three times.
double[] PrecisionRecallF1(int[] actual, int[] predicted)
{
    double acc = actual.Length == 0 ? 0 : actual.Zip(predicted).Count(x => x.First == x.Second) / (double)actual.Length;
    return new[] { acc, acc, acc };
}
