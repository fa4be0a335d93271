namespace MlJudge.Runner;

/// <summary>
/// Gathers array items of unknown count. Not List&lt;T&gt;: the runtime has no precompiled List&lt;double&gt;, and
/// JIT-compiling its methods cost every runner ~3 ms of start-up, while this type is precompiled with the runner.
/// </summary>
internal struct ArrayBuilder<T>()
{
    private T[] _items = new T[16];
    private int _count;

    public void Add(T item)
    {
        if (_count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[_count++] = item;
    }

    public readonly T[] ToArray()
    {
        var result = new T[_count];
        Array.Copy(_items, result, _count); // not AsSpan: that generic method too would need the JIT
        return result;
    }
}
