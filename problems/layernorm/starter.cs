double[][] LayerNorm(double[][] x, double[] gamma, double[] beta, double eps)
{
    throw new NotImplementedException();
}
