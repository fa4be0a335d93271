// problem: confusion-matrix
// expect: transposed
int[][] ConfusionMatrix(int[] actual, int[] predicted, int numClasses)
{
    var grid = Enumerable.Range(0, numClasses).Select(_ => new int[numClasses]).ToArray();
    foreach (var (a, p) in actual.Zip(predicted)) grid[p][a] += 1;
    return grid;
}
