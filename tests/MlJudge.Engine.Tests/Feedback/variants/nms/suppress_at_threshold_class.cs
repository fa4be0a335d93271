// problem: nms
// expect: suppress-on-equal-iou
// Class form with a suppression mask over the sorted order; a later box is suppressed when IoU >= threshold (equality suppresses).
public class Solution
{
    public int[] Nms(double[][] boxes, double[] scores, double iouThreshold)
    {
        var idx = Enumerable.Range(0, boxes.Length).ToArray();
        Array.Sort(idx, (p, q) => scores[p] == scores[q] ? p - q : (scores[p] > scores[q] ? -1 : 1));
        var dead = new HashSet<int>();
        var kept = new List<int>();
        for (int a = 0; a < idx.Length; a++)
        {
            if (dead.Contains(idx[a])) continue;
            kept.Add(idx[a]);
            for (int b = a + 1; b < idx.Length; b++)
                if (Iou(boxes[idx[a]], boxes[idx[b]]) >= iouThreshold) dead.Add(idx[b]);
        }
        return kept.ToArray();
    }

    static double Iou(double[] a, double[] b)
    {
        double w = Math.Min(a[2], b[2]) - Math.Max(a[0], b[0]);
        double h = Math.Min(a[3], b[3]) - Math.Max(a[1], b[1]);
        double inter = (w > 0 ? w : 0) * (h > 0 ? h : 0);
        double union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
        return union <= 0 ? 0 : inter / union;
    }
}
