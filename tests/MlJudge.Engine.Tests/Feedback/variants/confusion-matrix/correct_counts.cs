// problem: confusion-matrix
// expect: none
// Correct: counts each (actual, predicted) cell with LINQ.
int[][] ConfusionMatrix(int[] actual, int[] predicted, int numClasses) =>
    Enumerable.Range(0, numClasses).Select(r =>
        Enumerable.Range(0, numClasses).Select(c => actual.Where((a, i) => a == r && predicted[i] == c).Count()).ToArray()).ToArray();
