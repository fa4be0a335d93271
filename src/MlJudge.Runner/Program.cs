using System.Diagnostics;
using System.Runtime.Loader;
using System.Text;
using MlJudge.Runner;
using MlJudge.Runner.Protocol;

// The sandboxed runner: one submission per process. It receives the compiled assembly and test inputs
// on stdin, answers with outputs on stdout, and never sees expected values.
var stdout = Console.OpenStandardOutput();
var protocol = new ProtocolWriter(new CappedReplyStream(stdout, RunnerLimits.MaxReplyBytes, () => Exit(RunnerExitCodes.OutputLimitExceeded)));
using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), false, 1 << 16);

void Exit(int code)
{
    stdout.Flush();
    Environment.Exit(code);
}

// A submission may catch OutOfMemoryException and carry on; the first-chance notification comes before any
// catch block runs, so the GC's own allocation failure always ends the run. One the submission throws is just
// an exception (OutOfMemoryWitness tells them apart).
AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
{
    if (e.Exception is OutOfMemoryException && OutOfMemoryWitness.IsGenuine(e.Exception)) Exit(RunnerExitCodes.OutOfMemory);
};

Warmup.Run();
OutOfMemoryWitness.Arm();
protocol.Status(RunnerReplyKind.Ready);

var loadLine = input.ReadLine();
if (loadLine is null) return 0;
var load = ProtocolReader.ReadLoad(loadLine);
var parameterTypes = load.ParameterTypes.Select(ValueConverter.ParseType).ToArray();
var console = new CappedConsoleWriter(load.OutputLimitBytes, () => Exit(RunnerExitCodes.OutputLimitExceeded));
Console.SetOut(console);
Console.SetError(console);

SubmissionEntry entry;
try
{
    var assembly = AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(Convert.FromBase64String(load.AssemblyBase64)));
    entry = LargeStack.Run(() => SubmissionEntry.Resolve(assembly, load.Script, load.Method, parameterTypes));
}
catch (Exception e)
{
    protocol.Failure(RunnerReplyKind.Error, -1, 0, console.TakeExcerpt(), ExceptionReports.Describe(LargeStack.Unwrap(e)));
    return 0;
}
protocol.Status(RunnerReplyKind.Loaded);

// All tests run on one thread with a large stack, in order, as their inputs arrive.
LargeStack.Run(() =>
{
    while (input.ReadLine() is { } line)
    {
        var (index, arguments) = ProtocolReader.ReadTest(line, parameterTypes.Length, (ref reader, i) => ValueConverter.Read(ref reader, parameterTypes[i]));

        object? value = null;
        Exception? failure = null;
        OutOfMemoryWitness.Arm();
        var stopwatch = Stopwatch.StartNew();
        try { value = entry.Invoke(arguments); }
        catch (Exception e) { failure = LargeStack.Unwrap(e); }
        stopwatch.Stop();
        var excerpt = console.TakeExcerpt();
        if (failure is not null) protocol.Failure(RunnerReplyKind.Result, index, stopwatch.Elapsed.TotalMilliseconds, excerpt, ExceptionReports.Describe(failure));
        else protocol.Result(index, stopwatch.Elapsed.TotalMilliseconds, excerpt, w => ValueConverter.Write(w, value));
    }
    return 0;
});
return 0;
