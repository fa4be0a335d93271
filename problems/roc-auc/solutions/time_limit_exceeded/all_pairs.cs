// Counts every positive–negative pair: O(P * N).
double RocAuc(double[] scores, int[] labels)
{
    double credit = 0, pairs = 0;
    for (var i = 0; i < scores.Length; i++)
    {
        if (labels[i] != 1) continue;
        for (var j = 0; j < scores.Length; j++)
        {
            if (labels[j] != 0) continue;
            pairs++;
            credit += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
        }
    }
    return credit / pairs;
}
