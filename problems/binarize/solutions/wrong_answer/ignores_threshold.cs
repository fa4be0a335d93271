// Always thresholds at zero.
int[][] Binarize(double[][] x, double threshold) => x.Select(row => row.Select(v => v > 0 ? 1 : 0).ToArray()).ToArray();
