// A single loop accumulating both sums.
public class Solution
{
    public static double[] RegressionErrors(double[] predictions, double[] targets)
    {
        double squares = 0, absolutes = 0;
        for (var i = 0; i < predictions.Length; i++)
        {
            var e = predictions[i] - targets[i];
            squares += e * e;
            absolutes += Math.Abs(e);
        }
        var mse = squares / predictions.Length;
        return new[] { mse, absolutes / predictions.Length, Math.Sqrt(mse) };
    }
}
