// The suppression-mask formulation: each kept box suppresses every later box that overlaps it too much.
public class Solution
{
    public int[] Nms(double[][] boxes, double[] scores, double iouThreshold)
    {
        var n = boxes.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        Array.Sort(order, (p, q) => scores[p] != scores[q] ? scores[q].CompareTo(scores[p]) : p.CompareTo(q));
        var suppressed = new bool[n];
        var kept = new List<int>();
        for (var a = 0; a < n; a++)
        {
            var i = order[a];
            if (suppressed[i]) continue;
            kept.Add(i);
            for (var b = a + 1; b < n; b++)
            {
                var j = order[b];
                if (!suppressed[j] && Overlap(boxes[i], boxes[j]) > iouThreshold) suppressed[j] = true;
            }
        }
        return kept.ToArray();
    }

    private static double Overlap(double[] a, double[] b)
    {
        var iw = Math.Min(a[2], b[2]) - Math.Max(a[0], b[0]);
        var ih = Math.Min(a[3], b[3]) - Math.Max(a[1], b[1]);
        if (iw <= 0 || ih <= 0) return 0;
        var inter = iw * ih;
        var union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
        return union <= 0 ? 0 : inter / union;
    }
}
