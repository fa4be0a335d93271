namespace MlJudge.Engine.Problems;

/// <summary>
/// Parsed hidden tests of recently judged problems, least recently used evicted first once the test files'
/// total size passes <see cref="BudgetBytes"/>. A list larger than the budget is still returned, just not kept.
/// </summary>
public sealed class HiddenTestCache
{
    public static HiddenTestCache Shared { get; } = new();

    private readonly Lock _lock = new();
    private readonly LinkedList<(HiddenTestList Key, IReadOnlyList<TestCase> Tests)> _order = new();
    private readonly Dictionary<HiddenTestList, LinkedListNode<(HiddenTestList Key, IReadOnlyList<TestCase> Tests)>> _entries = new(ReferenceEqualityComparer.Instance);
    private long _bytes;

    /// <summary>Test-file bytes kept parsed (parsed JSON takes several times its file size in the heap).</summary>
    public long BudgetBytes { get; set; } = 8L * 1024 * 1024;

    public int Misses { get; private set; }

    public IReadOnlyList<TestCase> GetOrAdd(HiddenTestList key, Func<List<TestCase>> read)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var hit))
            {
                _order.Remove(hit);
                _order.AddFirst(hit);
                return hit.Value.Tests;
            }
        }
        // Read outside the lock: two judgings of the same cold problem may both read it, which is harmless.
        var tests = read();
        lock (_lock)
        {
            Misses++;
            if (_entries.ContainsKey(key) || key.Bytes > BudgetBytes) return tests;
            _entries[key] = _order.AddFirst((key, tests));
            _bytes += key.Bytes;
            while (_bytes > BudgetBytes && _order.Last is { } last)
            {
                _order.RemoveLast();
                _entries.Remove(last.Value.Key);
                _bytes -= last.Value.Key.Bytes;
            }
        }
        return tests;
    }

    public void Clear()
    {
        lock (_lock)
        {
            _order.Clear();
            _entries.Clear();
            _bytes = 0;
        }
    }
}
