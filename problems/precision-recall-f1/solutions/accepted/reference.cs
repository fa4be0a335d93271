double[] PrecisionRecallF1(int[] actual, int[] predicted)
{
    int tp = 0, fp = 0, fn = 0;
    for (var i = 0; i < actual.Length; i++)
    {
        if (predicted[i] == 1 && actual[i] == 1) tp++;
        else if (predicted[i] == 1) fp++;
        else if (actual[i] == 1) fn++;
    }
    double precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new[] { precision, recall, f1 };
}
