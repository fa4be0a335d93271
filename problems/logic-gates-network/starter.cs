// Rows 0..H-1: hidden neurons [w_0, ..., w_{n-1}, bias]; last row: the output neuron [v_0, ..., v_{H-1}, bias].
double[][] BuildNetwork(int n, int[] truthTable)
{
    throw new NotImplementedException();
}
