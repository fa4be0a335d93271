// problem: miou
// expect: none
// Correct, unusual: flattens both maps into pixel pairs and uses LINQ GroupBy counts; IoU = inter / (|P| + |G| - inter) over classes present in either map.
double MeanIoU(int[][] prediction, int[][] groundTruth, int numClasses)
{
    var pairs = prediction.SelectMany((row, r) => row.Select((p, c) => (p, g: groundTruth[r][c]))).ToList();
    var predCount = pairs.GroupBy(x => x.p).ToDictionary(e => e.Key, e => e.Count());
    var gtCount = pairs.GroupBy(x => x.g).ToDictionary(e => e.Key, e => e.Count());
    var inter = pairs.Where(x => x.p == x.g).GroupBy(x => x.p).ToDictionary(e => e.Key, e => e.Count());
    var classes = predCount.Keys.Union(gtCount.Keys).OrderBy(k => k);
    return classes.Select(k =>
    {
        int i = inter.GetValueOrDefault(k), pc = predCount.GetValueOrDefault(k), gc = gtCount.GetValueOrDefault(k);
        return (double)i / (pc + gc - i);
    }).Average();
}
