// Independent route: materialize the padded image, count windows by sliding, then walk window by window
// (column-major fill) instead of row by row.
public class Solution
{
    public double[][] Im2col(double[][][] input, int kernelH, int kernelW, int stride, int padding)
    {
        int channels = input.Length, h = input[0].Length, w = input[0][0].Length;
        int ph = h + 2 * padding, pw = w + 2 * padding;
        var padded = new double[channels, ph, pw];
        for (var c = 0; c < channels; c++)
            for (var r = 0; r < h; r++)
                for (var q = 0; q < w; q++)
                    padded[c, r + padding, q + padding] = input[c][r][q];
        var corners = new List<(int Top, int Left)>();
        for (var top = 0; top + kernelH <= ph; top += stride)
            for (var left = 0; left + kernelW <= pw; left += stride)
                corners.Add((top, left));
        var rows = Enumerable.Range(0, channels * kernelH * kernelW).Select(_ => new double[corners.Count]).ToArray();
        for (var col = 0; col < corners.Count; col++)
        {
            var (top, left) = corners[col];
            var k = 0;
            for (var c = 0; c < channels; c++)
                for (var u = 0; u < kernelH; u++)
                    for (var v = 0; v < kernelW; v++)
                        rows[k++][col] = padded[c, top + u, left + v];
        }
        return rows;
    }
}
