double[] Norms(double[] x)
{
    // Return [L0, L1, L2, Linf].
    throw new NotImplementedException();
}
