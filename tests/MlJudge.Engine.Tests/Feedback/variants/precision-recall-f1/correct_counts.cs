// problem: precision-recall-f1
// expect: none
// Correct: F1 from the counts directly, 2TP / (2TP + FP + FN).
double[] PrecisionRecallF1(int[] actual, int[] predicted)
{
    int tp = 0, fp = 0, fn = 0;
    for (int i = 0; i < actual.Length; i++)
    {
        tp += actual[i] & predicted[i];
        fp += (1 - actual[i]) & predicted[i];
        fn += actual[i] & (1 - predicted[i]);
    }
    double P = tp + fp > 0 ? tp / (double)(tp + fp) : 0;
    double R = tp + fn > 0 ? tp / (double)(tp + fn) : 0;
    double F = tp > 0 ? 2.0 * tp / (2 * tp + fp + fn) : 0;
    return new[] { P, R, F };
}
