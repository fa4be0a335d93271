// Sizes the matrix by the largest label seen instead of numClasses.
int[][] ConfusionMatrix(int[] actual, int[] predicted, int numClasses)
{
    var c = actual.Concat(predicted).DefaultIfEmpty(-1).Max() + 1;
    var m = new int[c][];
    for (var i = 0; i < c; i++) m[i] = new int[c];
    for (var i = 0; i < actual.Length; i++) m[actual[i]][predicted[i]]++;
    return m;
}
