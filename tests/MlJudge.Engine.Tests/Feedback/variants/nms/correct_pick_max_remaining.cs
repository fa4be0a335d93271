// problem: nms
// expect: none
// Correct: the "pick the best remaining box, delete what it overlaps" formulation - no sort; scans the remaining list for the max score (lowest index on ties) each round.
int[] Nms(double[][] boxes, double[] scores, double iouThreshold)
{
    var remaining = new List<int>(Enumerable.Range(0, boxes.Length));
    var kept = new List<int>();
    while (remaining.Count > 0)
    {
        int best = remaining[0];
        foreach (var i in remaining)
            if (scores[i] > scores[best] || (scores[i] == scores[best] && i < best)) best = i;
        kept.Add(best);
        var a = boxes[best];
        remaining.RemoveAll(j =>
        {
            if (j == best) return true;
            var b = boxes[j];
            double iw = Math.Min(a[2], b[2]) - Math.Max(a[0], b[0]);
            double ih = Math.Min(a[3], b[3]) - Math.Max(a[1], b[1]);
            double inter = Math.Max(0, iw) * Math.Max(0, ih);
            double union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
            double iou = union <= 0 ? 0 : inter / union;
            return iou > iouThreshold;
        });
    }
    return kept.ToArray();
}
