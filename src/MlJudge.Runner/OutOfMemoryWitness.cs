namespace MlJudge.Runner;

/// <summary>
/// Tells the GC's own allocation failure from an OutOfMemoryException a submission merely throws. Before the
/// GC gives up on an allocation at the heap hard limit it runs a full blocking, compacting collection, so a genuine
/// failure always follows one with no other collection in between (measured: a hog, one oversized array). A plain
/// <c>throw new OutOfMemoryException()</c> does not; collections that allocation churn triggers are gen-2 sweeps, not
/// compactions, and the policy gives submissions no way to force or observe a GC. What remains is a submission that
/// engineers a compacting GC right before throwing: it earns itself MemoryLimitExceeded instead of RuntimeError, nothing
/// more. A subclass such as InsufficientMemoryException is only ever constructed by code, never by the GC.
/// </summary>
internal static class OutOfMemoryWitness
{
    private static long _fullBlockingAtStart = -1;

    /// <summary>Marks the start of a test: only a collection after this point can explain a failure in it.</summary>
    public static void Arm() => _fullBlockingAtStart = GC.GetGCMemoryInfo(GCKind.FullBlocking).Index;

    public static bool IsGenuine(Exception exception)
    {
        if (exception.GetType() != typeof(OutOfMemoryException)) return false;
        var last = GC.GetGCMemoryInfo(GCKind.Any).Index;
        var fullBlocking = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        return fullBlocking.Index > _fullBlockingAtStart && fullBlocking.Index == last && fullBlocking.Compacted;
    }
}
