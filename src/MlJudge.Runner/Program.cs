using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using MlJudge.Runner;
using MlJudge.Runner.Protocol;

// The sandboxed runner: one submission per process. It receives the compiled assembly and test inputs
// on stdin, answers with outputs on stdout, and never sees expected values.
var protocolOut = Console.OpenStandardOutput();
using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), false, 1 << 16);
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
var sendLock = new object();

void Send<T>(T message)
{
    lock (sendLock)
    {
        JsonSerializer.Serialize(protocolOut, message, json);
        protocolOut.WriteByte((byte)'\n');
        protocolOut.Flush();
    }
}

void Exit(int code)
{
    protocolOut.Flush();
    Environment.Exit(code);
}

// A submission may catch OutOfMemoryException and carry on; the first-chance notification comes before
// any catch block runs, so memory exhaustion always ends the run.
AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
{
    if (e.Exception is OutOfMemoryException or InsufficientMemoryException) Exit(RunnerExitCodes.OutOfMemory);
};

Warmup.Run();
Send(new ErrorMessage(RunnerMessageTypes.Ready, ""));

var loadLine = input.ReadLine();
if (loadLine is null) return 0;
var load = JsonSerializer.Deserialize<LoadMessage>(loadLine, json)!;
var parameterTypes = load.ParameterTypes.Select(ValueConverter.ParseType).ToArray();
var console = new CappedConsoleWriter(load.OutputLimitBytes, () => Exit(RunnerExitCodes.OutputLimitExceeded));
Console.SetOut(console);
Console.SetError(console);

SubmissionEntry entry;
try
{
    var assembly = AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(Convert.FromBase64String(load.Assembly)));
    entry = RunOnLargeStack(() => SubmissionEntry.Resolve(assembly, load.Script, load.Method, parameterTypes));
}
catch (Exception e)
{
    var inner = Unwrap(e);
    Send(new ResultMessage(RunnerMessageTypes.Error, -1, false, null, 0, console.TakeExcerpt(), inner.GetType().FullName, inner.Message));
    return 0;
}
Send(new ErrorMessage(RunnerMessageTypes.Loaded, ""));

while (input.ReadLine() is { } line)
{
    var test = JsonSerializer.Deserialize<TestMessage>(line, json)!;
    var arguments = new object?[parameterTypes.Length];
    var i = 0;
    foreach (var element in test.Args.EnumerateArray()) arguments[i] = ValueConverter.FromJson(element, parameterTypes[i++]);

    object? value = null;
    Exception? failure = null;
    var stopwatch = new Stopwatch();
    RunOnLargeStack(() =>
    {
        stopwatch.Start();
        try { value = entry.Invoke(arguments); }
        catch (Exception e) { failure = Unwrap(e); }
        stopwatch.Stop();
        return 0;
    });
    var stdout = console.TakeExcerpt();
    if (failure is not null)
    {
        Send(new ResultMessage(RunnerMessageTypes.Result, test.Index, false, null, stopwatch.Elapsed.TotalMilliseconds, stdout, failure.GetType().FullName, failure.Message));
        continue;
    }
    var buffer = new MemoryStream();
    using (var writer = new Utf8JsonWriter(buffer)) ValueConverter.ToJson(writer, value);
    using var document = JsonDocument.Parse(buffer.ToArray());
    Send(new ResultMessage(RunnerMessageTypes.Result, test.Index, true, document.RootElement, stopwatch.Elapsed.TotalMilliseconds, stdout, null, null));
}
return 0;

// Deep but legitimate recursion must not hit the default 8 MB main-thread stack; 64 MB stays well inside
// the memory limit, so runaway recursion is a stack overflow, not an out-of-memory kill.
static T RunOnLargeStack<T>(Func<T> action)
{
    T result = default!;
    Exception? error = null;
    var thread = new Thread(() =>
    {
        try { result = action(); }
        catch (Exception e) { error = e; }
    }, 64 * 1024 * 1024);
    thread.Start();
    thread.Join();
    if (error is not null) throw error;
    return result;
}

static Exception Unwrap(Exception e)
{
    while (e is TargetInvocationException { InnerException: { } inner }) e = inner;
    return e;
}
