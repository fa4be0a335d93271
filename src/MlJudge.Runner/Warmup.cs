using System.Text.Json;
using MlJudge.Runner.Protocol;

namespace MlJudge.Runner;

/// <summary>Exercises the JSON and reflection paths once before the runner reports ready, so their JIT cost is off the judged path.</summary>
internal static class Warmup
{
    public static void Run()
    {
        using var document = JsonDocument.Parse("""{"index":0,"args":[[[1.5,"NaN",2],[3,4,5]]]}""");
        var args = document.RootElement.GetProperty("args");
        var value = ValueConverter.FromJson(args[0], typeof(double[][]));
        var method = typeof(Warmup).GetMethod(nameof(Identity), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        var result = LargeStack.Run(() => method.Invoke(null, [value]));
        new ProtocolWriter(Stream.Null).Result(0, 0.5, null, w => ValueConverter.ToJson(w, result));
        ExceptionReports.Describe(new InvalidOperationException());
    }

    private static object? Identity(object? value) => value;
}
