using System.Collections.Concurrent;

namespace MlJudge.Server.Contests;

/// <summary>
/// Computed boards, one per (contest, cutoff): the live board (instructors, the export, every board once unfrozen)
/// and the frozen board everyone else shares. Each is computed once per board version and then served from memory.
/// </summary>
/// <remarks>
/// Why a version rather than invalidation messages: the version moves in the same transaction as the change
/// (migration 0009's triggers, whichever process or tool writes), and every request already reads the contest
/// row it is in, so validation costs no extra query and cannot be missed — a NOTIFY can be lost while a process
/// reconnects, and a writer that forgets to send one would leave a stale board forever. Boards read no clock
/// (the freeze hides by submit time; lateness is decided at submit time), so no entry needs an expiry either.
/// A participant's own frozen-period submits are live for them only: the shared frozen board is served as is
/// unless the viewer has a pending cell there, and then their own cells are read live and the board re-ranked.
/// </remarks>
public sealed class ScoreboardCache(ScoreboardQuery query, IHostApplicationLifetime lifetime)
{
    /// <summary>Boards kept at once; the least recently used goes first (a board of 500 × 10 cells is a few MB).</summary>
    public const int Capacity = 32;

    private sealed record Board(ScoreboardDto Dto, ScoreboardQuery.BoardData Data, IReadOnlySet<long> WithPending);

    private sealed class Entry(long version, Lazy<Task<Board>> board)
    {
        public long Version { get; } = version;
        public Lazy<Task<Board>> Board { get; } = board;
        public long LastUsed = Environment.TickCount64;
    }

    private readonly ConcurrentDictionary<(long ContestId, DateTime? Cutoff), Entry> _entries = new();

    /// <summary>The board <paramref name="viewer"/> sees; <paramref name="contest"/> must have been read before this call (its version keys the cache).</summary>
    public async Task<ScoreboardDto> GetAsync(ContestRow contest, long viewer, DateTime? cutoff, CancellationToken cancellationToken)
    {
        var board = await SharedAsync(contest, cutoff, cancellationToken);
        if (cutoff is null || !board.WithPending.Contains(viewer)) return board.Dto;
        // Pending cells of the viewer may hide their own frozen-period results: those they see live.
        var own = await query.OwnCellsAsync(contest.Id, viewer, cancellationToken);
        var cells = board.Data.Cells.Where(c => c.UserId != viewer).Concat(own).ToList();
        return board.Dto with { Rows = ScoreboardRanking.Rank(contest, board.Data.Problems, board.Data.Participants, cells) };
    }

    private async Task<Board> SharedAsync(ContestRow contest, DateTime? cutoff, CancellationToken cancellationToken)
    {
        var key = (contest.Id, cutoff);
        Entry entry;
        while (true)
        {
            if (_entries.TryGetValue(key, out var current) && current.Version >= contest.BoardVersion)
            {
                // A newer board than the caller's contest row: that row is outdated, so its rules may be too; compute for it alone.
                if (current.Version > contest.BoardVersion) return await LoadAsync(contest, cutoff, cancellationToken);
                entry = current;
                break;
            }
            var fresh = new Entry(contest.BoardVersion, new Lazy<Task<Board>>(() => LoadAsync(contest, cutoff, lifetime.ApplicationStopping)));
            if (current is null ? _entries.TryAdd(key, fresh) : _entries.TryUpdate(key, fresh, current))
            {
                entry = fresh;
                Trim();
                break;
            }
        }
        entry.LastUsed = Environment.TickCount64;
        var task = entry.Board.Value;
        try
        {
            // One computation serves every waiter: it runs on the host's token, so one client leaving does not fail the others.
            return await task.WaitAsync(cancellationToken);
        }
        catch when (task.IsFaulted || task.IsCanceled)
        {
            _entries.TryRemove(KeyValuePair.Create(key, entry)); // the next request tries again
            throw;
        }
    }

    private async Task<Board> LoadAsync(ContestRow contest, DateTime? cutoff, CancellationToken cancellationToken)
    {
        var data = await query.LoadAsync(contest, viewer: 0, cutoff, cancellationToken);
        var dto = new ScoreboardDto(contest.Id, contest.ScoringMode, cutoff is not null, cutoff, data.Problems,
            ScoreboardRanking.Rank(contest, data.Problems, data.Participants, data.Cells));
        return new Board(dto, data, data.Cells.Where(c => c.Pending > 0).Select(c => c.UserId).ToHashSet());
    }

    private void Trim()
    {
        while (_entries.Count > Capacity)
        {
            var oldest = _entries.MinBy(e => e.Value.LastUsed);
            _entries.TryRemove(oldest);
        }
    }
}
