// problem: smooth-l1
// expect: none
// Correct: Huber loss with delta = beta, divided by beta.
double SmoothL1(double[] predictions, double[] targets, double beta)
{
    double huber = 0;
    for (int i = 0; i < predictions.Length; i++)
    {
        double a = Math.Abs(predictions[i] - targets[i]);
        double q = Math.Min(a, beta);
        huber += 0.5 * q * q + beta * (a - q);
    }
    return huber / beta / predictions.Length;
}
