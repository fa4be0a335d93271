using System.Text.Json;
using MlJudge.Runner.Protocol;

namespace MlJudge.Runner;

/// <summary>
/// Writes protocol messages straight to the raw stdout stream with Utf8JsonWriter: no serializer, so the
/// runner starts without JIT-compiling System.Text.Json's reflection machinery.
/// </summary>
internal sealed class ProtocolWriter(Stream output)
{
    private readonly Utf8JsonWriter _writer = new(output);

    public void Status(string type)
    {
        _writer.WriteStartObject();
        _writer.WriteString("type", type);
        _writer.WriteEndObject();
        End();
    }

    public void Result(int index, object? value, double ms, string? stdout)
    {
        Start(RunnerMessageTypes.Result, index, true, ms, stdout);
        _writer.WritePropertyName("value");
        ValueConverter.ToJson(_writer, value);
        _writer.WriteEndObject();
        End();
    }

    public void Failure(string type, int index, double ms, string? stdout, Exception exception)
    {
        Start(type, index, false, ms, stdout);
        _writer.WriteString("exception", exception.GetType().FullName);
        _writer.WriteString("exceptionMessage", exception.Message);
        _writer.WriteEndObject();
        End();
    }

    private void Start(string type, int index, bool ok, double ms, string? stdout)
    {
        _writer.WriteStartObject();
        _writer.WriteString("type", type);
        _writer.WriteNumber("index", index);
        _writer.WriteBoolean("ok", ok);
        _writer.WriteNumber("ms", ms);
        if (stdout is not null) _writer.WriteString("stdout", stdout);
    }

    private void End()
    {
        _writer.Flush();
        _writer.Reset();
        output.WriteByte((byte)'\n');
        output.Flush();
    }

    public void Flush() => output.Flush();
}
