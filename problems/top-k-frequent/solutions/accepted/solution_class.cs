// Sort-based counting, then a size-k min-heap keyed on (count, -id): O(n log n + d log k).
public class Solution
{
    public int[] TopKFrequent(int[] items, int k)
    {
        var sorted = (int[])items.Clone();
        Array.Sort(sorted);
        var heap = new PriorityQueue<int, (int Count, long NegId)>();
        for (var i = 0; i < sorted.Length;)
        {
            var j = i;
            while (j < sorted.Length && sorted[j] == sorted[i]) j++;
            heap.Enqueue(sorted[i], (j - i, -(long)sorted[i]));
            if (heap.Count > k) heap.Dequeue();
            i = j;
        }
        var result = new int[heap.Count];
        for (var r = result.Length - 1; r >= 0; r--) result[r] = heap.Dequeue();
        return result;
    }
}
