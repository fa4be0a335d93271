// problem: precision-recall-f1
// expect: swapped-precision-recall
double[] PrecisionRecallF1(int[] actual, int[] predicted)
{
    int hit = 0, said = 0, real = 0;
    for (int i = 0; i < actual.Length; i++)
    {
        if (predicted[i] == 1) said++;
        if (actual[i] == 1) { real++; if (predicted[i] == 1) hit++; }
    }
    double precision = real == 0 ? 0 : (double)hit / real;
    double recall = said == 0 ? 0 : (double)hit / said;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new[] { precision, recall, f1 };
}
