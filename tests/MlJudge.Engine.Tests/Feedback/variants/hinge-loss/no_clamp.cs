// problem: hinge-loss
// expect: no-clamp-at-zero
double HingeLoss(double[] scores, int[] labels)
{
    double total = 0;
    for (int i = 0; i < scores.Length; i++) total += 1.0 - labels[i] * scores[i];
    return total / scores.Length;
}
