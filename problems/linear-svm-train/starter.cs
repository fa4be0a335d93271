double[] TrainLinearSvm(double[][] x, int[] y, double lambda)
{
    // Minimize lambda/2 ||w||^2 + (1/n) sum_i max(0, 1 - y_i (w . x_i + b)) over w and b (b not regularized).
    // Return [w_0, ..., w_{d-1}, b]; judged by the objective value, so any exact-enough optimizer works.
    throw new NotImplementedException();
}
