// problem: nms
// expect: none
// Unrelated wrong: visits boxes from the LOWEST score up (ties by ascending index), so the weakest box of each cluster survives.
double Iou(double[] a, double[] b)
{
    double inter = Math.Max(0, Math.Min(a[2], b[2]) - Math.Max(a[0], b[0])) * Math.Max(0, Math.Min(a[3], b[3]) - Math.Max(a[1], b[1]));
    double union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
    return union <= 0 ? 0 : inter / union;
}

int[] Nms(double[][] boxes, double[] scores, double iouThreshold)
{
    var kept = new List<int>();
    foreach (var i in Enumerable.Range(0, boxes.Length).OrderBy(i => scores[i]).ThenBy(i => i))
        if (kept.All(k => Iou(boxes[i], boxes[k]) <= iouThreshold)) kept.Add(i);
    return kept.ToArray();
}
