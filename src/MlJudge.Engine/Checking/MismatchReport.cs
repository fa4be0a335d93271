namespace MlJudge.Engine.Checking;

/// <summary>
/// Where a result differs from the expected value, as element index paths into each side: <c>[2, 0]</c> is row 2,
/// column 0, and <c>[]</c> is the whole value (a shape or length that differs). Positional checkers name the same
/// paths on both sides; an unordered one names the surplus elements of the result and the missing expected ones.
/// At most <see cref="MaxPaths"/> paths per side; <see cref="Truncated"/> says there were more.
/// Filled by the built-in checkers and shown for sample tests only: a path is chosen by the submission.
/// </summary>
public sealed record MismatchReport(IReadOnlyList<int[]> Expected, IReadOnlyList<int[]> Got, bool Truncated)
{
    public const int MaxPaths = 50;

    /// <summary>This report within the cap: a problem's own checker may build one with more paths.</summary>
    public MismatchReport Bounded() => Expected.Count <= MaxPaths && Got.Count <= MaxPaths
        ? this
        : new([.. Expected.Take(MaxPaths)], [.. Got.Take(MaxPaths)], true);

    internal static MismatchReport Positional(IReadOnlyList<int[]> paths, bool truncated) => new(paths, paths, truncated);

    /// <summary>The values differ as a whole (shape, type or length), not element by element.</summary>
    internal static MismatchReport Whole() => Positional([[]], false);

    /// <summary>Collects up to <see cref="MaxPaths"/> paths; <see cref="Add"/> returns false once one more was offered.</summary>
    internal sealed class Builder
    {
        public List<int[]> Paths { get; } = [];

        public bool Truncated { get; private set; }

        public bool Add(int[] path)
        {
            if (Paths.Count == MaxPaths)
            {
                Truncated = true;
                return false;
            }
            Paths.Add(path);
            return true;
        }
    }
}
