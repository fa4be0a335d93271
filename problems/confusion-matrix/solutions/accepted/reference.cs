int[][] ConfusionMatrix(int[] actual, int[] predicted, int numClasses)
{
    var m = new int[numClasses][];
    for (var i = 0; i < numClasses; i++) m[i] = new int[numClasses];
    for (var i = 0; i < actual.Length; i++) m[actual[i]][predicted[i]]++;
    return m;
}
