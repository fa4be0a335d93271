double MeanIoU(int[][] prediction, int[][] groundTruth, int numClasses)
{
    var confusion = new long[numClasses, numClasses];
    for (var r = 0; r < prediction.Length; r++)
        for (var c = 0; c < prediction[r].Length; c++) confusion[groundTruth[r][c], prediction[r][c]]++;
    double sum = 0;
    var present = 0;
    for (var k = 0; k < numClasses; k++)
    {
        long tp = confusion[k, k], rowSum = 0, columnSum = 0;
        for (var j = 0; j < numClasses; j++) { rowSum += confusion[k, j]; columnSum += confusion[j, k]; }
        var union = rowSum + columnSum - tp;
        if (union == 0) continue;
        sum += (double)tp / union;
        present++;
    }
    return sum / present;
}
