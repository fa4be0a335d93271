// Separable: max over rows first (a 1-D pooling of every column), then over columns.
public class Solution
{
    private static double[] Pool1d(double[] line, int k, int s, int p)
    {
        var n = (line.Length + 2 * p - k) / s + 1;
        var result = new double[n];
        for (var i = 0; i < n; i++)
        {
            var best = double.NegativeInfinity;
            for (var t = i * s - p; t < i * s - p + k; t++)
                if (t >= 0 && t < line.Length && line[t] > best) best = line[t];
            result[i] = best;
        }
        return result;
    }

    public static double[][][] MaxPool2d(double[][][] image, int kernel, int stride, int padding)
    {
        return image.Select(channel =>
        {
            var h = channel.Length;
            var w = channel[0].Length;
            var columns = Enumerable.Range(0, w).Select(c => Pool1d(channel.Select(row => row[c]).ToArray(), kernel, stride, padding)).ToArray();
            var outH = columns[0].Length;
            return Enumerable.Range(0, outH).Select(r => Pool1d(columns.Select(col => col[r]).ToArray(), kernel, stride, padding)).ToArray();
        }).ToArray();
    }
}
