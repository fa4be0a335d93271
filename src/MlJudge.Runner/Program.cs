using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using MlJudge.Runner;
using MlJudge.Runner.Protocol;

// The sandboxed runner: one submission per process. It receives the compiled assembly and test inputs
// on stdin, answers with outputs on stdout, and never sees expected values.
var protocol = new ProtocolWriter(Console.OpenStandardOutput());
using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), false, 1 << 16);

void Exit(int code)
{
    protocol.Flush();
    Environment.Exit(code);
}

// A submission may catch OutOfMemoryException and carry on; the first-chance notification comes before
// any catch block runs, so memory exhaustion always ends the run.
AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
{
    if (e.Exception is OutOfMemoryException or InsufficientMemoryException) Exit(RunnerExitCodes.OutOfMemory);
};

Warmup.Run();
protocol.Status(RunnerMessageTypes.Ready);

var loadLine = input.ReadLine();
if (loadLine is null) return 0;
using var load = JsonDocument.Parse(loadLine);
var message = load.RootElement;
var parameterTypes = message.GetProperty("parameterTypes").EnumerateArray().Select(t => ValueConverter.ParseType(t.GetString()!)).ToArray();
var console = new CappedConsoleWriter(message.GetProperty("outputLimitBytes").GetInt64(), () => Exit(RunnerExitCodes.OutputLimitExceeded));
Console.SetOut(console);
Console.SetError(console);

SubmissionEntry entry;
try
{
    var assembly = AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(message.GetProperty("assembly").GetBytesFromBase64()));
    var script = message.GetProperty("script").GetBoolean();
    var method = message.GetProperty("method").GetString()!;
    entry = LargeStack.Run(() => SubmissionEntry.Resolve(assembly, script, method, parameterTypes));
}
catch (Exception e)
{
    protocol.Failure(RunnerMessageTypes.Error, -1, 0, console.TakeExcerpt(), LargeStack.Unwrap(e));
    return 0;
}
protocol.Status(RunnerMessageTypes.Loaded);

// All tests run on one thread with a large stack, in order, as their inputs arrive.
LargeStack.Run(() =>
{
    while (input.ReadLine() is { } line)
    {
        int index;
        object?[] arguments;
        using (var test = JsonDocument.Parse(line))
        {
            index = test.RootElement.GetProperty("index").GetInt32();
            arguments = new object?[parameterTypes.Length];
            var i = 0;
            foreach (var element in test.RootElement.GetProperty("args").EnumerateArray()) arguments[i] = ValueConverter.FromJson(element, parameterTypes[i++]);
        }

        object? value = null;
        Exception? failure = null;
        var stopwatch = Stopwatch.StartNew();
        try { value = entry.Invoke(arguments); }
        catch (Exception e) { failure = LargeStack.Unwrap(e); }
        stopwatch.Stop();
        var stdout = console.TakeExcerpt();
        if (failure is not null) protocol.Failure(RunnerMessageTypes.Result, index, stopwatch.Elapsed.TotalMilliseconds, stdout, failure);
        else protocol.Result(index, value, stopwatch.Elapsed.TotalMilliseconds, stdout);
    }
    return 0;
});
return 0;
