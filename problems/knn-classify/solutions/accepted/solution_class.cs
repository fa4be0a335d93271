// A bounded max-heap of the k best (distance, index) pairs per query, then a vote count array.
public class Solution
{
    public int[] KnnClassify(double[][] trainX, int[] trainY, double[][] queries, int k)
    {
        var result = new int[queries.Length];
        var maxLabel = trainY.Max();
        for (var q = 0; q < queries.Length; q++)
        {
            // The heap's top is the worst kept neighbour: larger distance, then larger index.
            var heap = new PriorityQueue<int, (double D, int I)>(Comparer<(double D, int I)>.Create((a, b) => a.D != b.D ? b.D.CompareTo(a.D) : b.I.CompareTo(a.I)));
            for (var i = 0; i < trainX.Length; i++)
            {
                var d = 0.0;
                for (var j = 0; j < trainX[i].Length; j++) { var diff = queries[q][j] - trainX[i][j]; d += diff * diff; }
                heap.Enqueue(i, (d, i));
                if (heap.Count > k) heap.Dequeue();
            }
            var votes = new int[maxLabel + 1];
            while (heap.Count > 0) votes[trainY[heap.Dequeue()]]++;
            var best = 0;
            for (var label = 1; label < votes.Length; label++) if (votes[label] > votes[best]) best = label;
            result[q] = best;
        }
        return result;
    }
}
