// Treats labels as 1-based (a MATLAB habit): label 0 indexes position -1.
int[][] ConfusionMatrix(int[] actual, int[] predicted, int numClasses)
{
    var m = new int[numClasses][];
    for (var i = 0; i < numClasses; i++) m[i] = new int[numClasses];
    for (var i = 0; i < actual.Length; i++) m[actual[i] - 1][predicted[i] - 1]++;
    return m;
}
