// problem: confusion-matrix
// expect: none
// Correct: counts (actual, predicted) pairs in a dictionary, then lays them out as rows.
int[][] ConfusionMatrix(int[] actual, int[] predicted, int numClasses)
{
    var counts = new Dictionary<(int, int), int>();
    for (int i = 0; i < actual.Length; i++) counts[(actual[i], predicted[i])] = counts.GetValueOrDefault((actual[i], predicted[i])) + 1;
    return Enumerable.Range(0, numClasses).Select(r => Enumerable.Range(0, numClasses).Select(c => counts.GetValueOrDefault((r, c))).ToArray()).ToArray();
}
