int[][] Binarize(double[][] x, double threshold) => x.Select(row => row.Select(v => v > threshold ? 1 : 0).ToArray()).ToArray();
