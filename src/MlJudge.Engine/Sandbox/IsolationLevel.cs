namespace MlJudge.Engine.Sandbox;

/// <summary>How runner processes are walled off from the machine.</summary>
public enum IsolationKind
{
    /// <summary>bubblewrap: new namespaces, no capabilities, a read-only view of the runtime and the runner only.</summary>
    Bubblewrap,
    /// <summary>util-linux unshare + setpriv + prlimit: namespaces and an unprivileged uid, but the host file system stays visible.</summary>
    Unshare,
    /// <summary>No OS isolation at all: only for trusted code, or when explicitly allowed.</summary>
    None,
}

public sealed record IsolationLevel(IsolationKind Kind, string? CgroupVersion)
{
    public override string ToString() => Kind.ToString().ToLowerInvariant() + (CgroupVersion is null ? "" : "+" + CgroupVersion);
}
