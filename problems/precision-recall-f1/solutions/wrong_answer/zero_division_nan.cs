// No zero-division rules: 0 / 0 gives NaN.
double[] PrecisionRecallF1(int[] actual, int[] predicted)
{
    double tp = 0, fp = 0, fn = 0;
    for (var i = 0; i < actual.Length; i++)
    {
        if (predicted[i] == 1 && actual[i] == 1) tp++;
        else if (predicted[i] == 1) fp++;
        else if (actual[i] == 1) fn++;
    }
    var precision = tp / (tp + fp);
    var recall = tp / (tp + fn);
    return new[] { precision, recall, 2 * precision * recall / (precision + recall) };
}
