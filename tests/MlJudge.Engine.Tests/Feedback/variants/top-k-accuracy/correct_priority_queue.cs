// problem: top-k-accuracy
// expect: none
// Correct: keeps the k best classes of each row in a bounded min-priority queue whose "worst" element is the lower score, or on equal scores the higher index.
double TopKAccuracy(double[][] scores, int[] labels, int k)
{
    var worstFirst = Comparer<(double score, int cls)>.Create((a, b) =>
        a.score != b.score ? a.score.CompareTo(b.score) : b.cls.CompareTo(a.cls));
    int hits = 0;
    for (int i = 0; i < scores.Length; i++)
    {
        var pq = new PriorityQueue<int, (double, int)>(worstFirst);
        for (int c = 0; c < scores[i].Length; c++)
        {
            pq.Enqueue(c, (scores[i][c], c));
            if (pq.Count > k) pq.Dequeue();
        }
        while (pq.Count > 0) if (pq.Dequeue() == labels[i]) { hits++; break; }
    }
    return (double)hits / scores.Length;
}
