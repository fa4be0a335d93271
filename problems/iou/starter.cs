double IoU(double[] a, double[] b)
{
    // a and b are [x1, y1, x2, y2]; areas have no +1.
    throw new NotImplementedException();
}
