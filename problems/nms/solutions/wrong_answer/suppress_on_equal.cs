// Suppresses when IoU >= threshold: boxes exactly at the threshold must survive.
double IoU(double[] a, double[] b)
{
    var w = Math.Max(0, Math.Min(a[2], b[2]) - Math.Max(a[0], b[0]));
    var h = Math.Max(0, Math.Min(a[3], b[3]) - Math.Max(a[1], b[1]));
    var i = w * h;
    var u = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - i;
    return u <= 0 ? 0 : i / u;
}

int[] Nms(double[][] boxes, double[] scores, double iouThreshold)
{
    var kept = new List<int>();
    foreach (var i in Enumerable.Range(0, boxes.Length).OrderByDescending(i => scores[i]).ThenBy(i => i))
        if (kept.All(k => IoU(boxes[i], boxes[k]) < iouThreshold)) kept.Add(i);
    return kept.ToArray();
}
