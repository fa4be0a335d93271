// problem: nms
// expect: none
// Unrelated wrong: measures overlap as intersection over the smaller box's area (IoMin) instead of over the union, so it suppresses more.
double Overlap(double[] a, double[] b)
{
    double iw = Math.Max(0, Math.Min(a[2], b[2]) - Math.Max(a[0], b[0]));
    double ih = Math.Max(0, Math.Min(a[3], b[3]) - Math.Max(a[1], b[1]));
    double smaller = Math.Min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]));
    return smaller <= 0 ? 0 : iw * ih / smaller;
}

int[] Nms(double[][] boxes, double[] scores, double iouThreshold)
{
    var kept = new List<int>();
    foreach (var i in Enumerable.Range(0, boxes.Length).OrderByDescending(i => scores[i]).ThenBy(i => i))
        if (kept.All(k => Overlap(boxes[i], boxes[k]) <= iouThreshold)) kept.Add(i);
    return kept.ToArray();
}
