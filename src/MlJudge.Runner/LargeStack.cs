using System.Reflection;

namespace MlJudge.Runner;

internal static class LargeStack
{
    // Deep but legitimate recursion must not hit the default 8 MB main-thread stack; 64 MB stays well inside
    // the memory limit, so runaway recursion is a stack overflow, not an out-of-memory kill.
    private const int StackBytes = 64 * 1024 * 1024;

    public static T Run<T>(Func<T> action)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { result = action(); }
            catch (Exception e) { error = e; }
        }, StackBytes);
        thread.Start();
        thread.Join();
        if (error is not null) throw error;
        return result;
    }

    public static Exception Unwrap(Exception e)
    {
        while (e is TargetInvocationException { InnerException: { } inner }) e = inner;
        return e;
    }
}
