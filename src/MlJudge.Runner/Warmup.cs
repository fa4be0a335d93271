using System.Text.Json;

namespace MlJudge.Runner;

/// <summary>Exercises the JSON and reflection paths once before the runner reports ready, so their JIT cost is off the judged path.</summary>
internal static class Warmup
{
    public static void Run()
    {
        using var document = JsonDocument.Parse("""[[1.5,"NaN",2],[3,4,5]]""");
        var value = ValueConverter.FromJson(document.RootElement, typeof(double[][]));
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) ValueConverter.ToJson(writer, value);
        var method = typeof(Warmup).GetMethod(nameof(Identity), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        method.Invoke(null, [value]);
        _ = JsonSerializer.Serialize(new Protocol.ResultMessage("result", 0, true, document.RootElement, 0, null, null, null), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        _ = JsonSerializer.Deserialize<Protocol.TestMessage>("""{"type":"test","index":0,"args":[1]}""", new JsonSerializerOptions(JsonSerializerDefaults.Web));
    }

    private static object? Identity(object? value) => value;
}
