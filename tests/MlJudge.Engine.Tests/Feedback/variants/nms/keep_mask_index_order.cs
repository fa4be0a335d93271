// problem: nms
// expect: sorted-output
// Greedy suppression with a keep[] mask indexed by box, then reads the mask back in index order - the kept set is right but returned in ascending index order.
int[] Nms(double[][] boxes, double[] scores, double iouThreshold)
{
    int n = boxes.Length;
    if (n == 0) return Array.Empty<int>();
    var order = Enumerable.Range(0, n).OrderByDescending(i => scores[i]).ThenBy(i => i).ToList();
    var keep = new bool[n];
    var keptSoFar = new List<int>();
    foreach (var i in order)
    {
        bool ok = true;
        foreach (var k in keptSoFar)
        {
            double[] a = boxes[i], b = boxes[k];
            double iw = Math.Max(0.0, Math.Min(a[2], b[2]) - Math.Max(a[0], b[0]));
            double ih = Math.Max(0.0, Math.Min(a[3], b[3]) - Math.Max(a[1], b[1]));
            double inter = iw * ih;
            double union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
            double iou = union > 0 ? inter / union : 0;
            if (iou > iouThreshold) { ok = false; break; }
        }
        if (ok) { keep[i] = true; keptSoFar.Add(i); }
    }
    var result = new List<int>();
    for (int i = 0; i < n; i++) if (keep[i]) result.Add(i);
    return result.ToArray();
}
