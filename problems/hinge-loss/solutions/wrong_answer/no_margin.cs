// Uses max(0, -y f(x)) (the perceptron loss): no margin of 1.
double HingeLoss(double[] scores, int[] labels) => scores.Select((s, i) => Math.Max(0, -labels[i] * s)).Average();
