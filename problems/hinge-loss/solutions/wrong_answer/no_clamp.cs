// Forgets the max(0, .): confidently correct examples give negative loss.
double HingeLoss(double[] scores, int[] labels) => scores.Select((s, i) => 1 - labels[i] * s).Average();
