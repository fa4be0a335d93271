// Swaps precision and recall (divides TP by the actual positives for "precision").
double[] PrecisionRecallF1(int[] actual, int[] predicted)
{
    double tp = actual.Zip(predicted, (a, p) => a == 1 && p == 1 ? 1 : 0).Sum();
    double actualPositives = actual.Count(a => a == 1), predictedPositives = predicted.Count(p => p == 1);
    double precision = actualPositives == 0 ? 0 : tp / actualPositives;
    double recall = predictedPositives == 0 ? 0 : tp / predictedPositives;
    return new[] { precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) };
}
