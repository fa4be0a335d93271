// problem: relu6-leaky-relu
// expect: leaky-slope-wrong-side
// Loop with a switch on kind; the leaky branch keeps non-positive inputs as they are and multiplies positive ones by alpha.
double[] Activate(double[] x, string kind, double alpha)
{
    var y = new double[x.Length];
    for (int i = 0; i < x.Length; i++)
    {
        switch (kind)
        {
            case "relu6":
                y[i] = x[i] < 0 ? 0 : (x[i] > 6 ? 6 : x[i]);
                break;
            default:
                y[i] = x[i] <= 0 ? x[i] : x[i] * alpha;
                break;
        }
    }
    return y;
}
