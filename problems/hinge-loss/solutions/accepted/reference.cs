double HingeLoss(double[] scores, int[] labels) => scores.Select((s, i) => Math.Max(0, 1 - labels[i] * s)).Average();
