// problem: nms
// expect: score-tie-order
// Sorts ascending by score with a stable LINQ sort and then reverses the list, so boxes with equal scores are visited from the highest index down.
double Iou(double[] a, double[] b)
{
    double inter = Math.Max(0, Math.Min(a[2], b[2]) - Math.Max(a[0], b[0])) * Math.Max(0, Math.Min(a[3], b[3]) - Math.Max(a[1], b[1]));
    double union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
    return union <= 0 ? 0 : inter / union;
}

int[] Nms(double[][] boxes, double[] scores, double iouThreshold)
{
    var visit = Enumerable.Range(0, boxes.Length).OrderBy(i => scores[i]).Reverse().ToList();
    var kept = new List<int>();
    for (int t = 0; t < visit.Count; t++)
    {
        int i = visit[t];
        if (!kept.Any(k => Iou(boxes[k], boxes[i]) > iouThreshold)) kept.Add(i);
    }
    return kept.ToArray();
}
