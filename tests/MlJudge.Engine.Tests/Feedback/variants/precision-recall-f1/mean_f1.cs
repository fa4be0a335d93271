// problem: precision-recall-f1
// expect: arithmetic-mean-f1
double[] PrecisionRecallF1(int[] actual, int[] predicted)
{
    var pairs = actual.Zip(predicted).ToArray();
    int tp = pairs.Count(x => x.First == 1 && x.Second == 1);
    int predictedPositive = pairs.Count(x => x.Second == 1);
    int actualPositive = pairs.Count(x => x.First == 1);
    double p = predictedPositive == 0 ? 0 : tp / (double)predictedPositive;
    double r = actualPositive == 0 ? 0 : tp / (double)actualPositive;
    return new[] { p, r, (p + r) / 2 };
}
