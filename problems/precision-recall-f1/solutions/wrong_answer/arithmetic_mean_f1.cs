// Averages precision and recall arithmetically instead of harmonically.
double[] PrecisionRecallF1(int[] actual, int[] predicted)
{
    double tp = 0, fp = 0, fn = 0;
    for (var i = 0; i < actual.Length; i++)
    {
        if (predicted[i] == 1 && actual[i] == 1) tp++;
        else if (predicted[i] == 1) fp++;
        else if (actual[i] == 1) fn++;
    }
    var precision = tp + fp == 0 ? 0 : tp / (tp + fp);
    var recall = tp + fn == 0 ? 0 : tp / (tp + fn);
    return new[] { precision, recall, (precision + recall) / 2 };
}
