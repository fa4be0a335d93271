// Unfold every (padded) kernel window of the C×H×W input into one column.
// Rows: c * kernelH * kernelW + u * kernelW + v. Columns: i * outW + j.
double[][] Im2col(double[][][] input, int kernelH, int kernelW, int stride, int padding)
{
    throw new NotImplementedException();
}
