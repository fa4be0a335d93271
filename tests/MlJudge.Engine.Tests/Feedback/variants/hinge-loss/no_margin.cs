// problem: hinge-loss
// expect: no-margin
double HingeLoss(double[] scores, int[] labels)
{
    double total = 0;
    for (int i = 0; i < scores.Length; i++)
    {
        double m = -labels[i] * scores[i];
        if (m > 0) total += m;
    }
    return total / scores.Length;
}
