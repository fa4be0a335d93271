namespace MlJudge.Runner.Protocol;

/// <summary>
/// Writes protocol lines with <see cref="JsonLineWriter"/>. Replies go to a stream (the runner's stdout); requests are
/// encoded to bytes the judge writes with its own cancellable pipe writes.
/// </summary>
internal sealed class ProtocolWriter(Stream output)
{
    private readonly JsonLineWriter _writer = new(output);

    public void Status(RunnerReplyKind kind)
    {
        _writer.WriteStartObject();
        _writer.WriteString(ProtocolNames.Type, ProtocolNames.Of(kind));
        _writer.WriteEndObject();
        End();
    }

    /// <param name="writeValue">Writes the value (the writer streams it out as its buffer fills).</param>
    public void Result(int index, double ms, string? stdout, Action<JsonLineWriter> writeValue)
    {
        Start(RunnerReplyKind.Result, index, true, ms, stdout);
        _writer.WritePropertyName(ProtocolNames.Value);
        writeValue(_writer);
        _writer.WriteEndObject();
        End();
    }

    public void Failure(RunnerReplyKind kind, int index, double ms, string? stdout, ExceptionReport exception)
    {
        Start(kind, index, false, ms, stdout);
        _writer.WriteString(ProtocolNames.Exception, exception.TypeName);
        if (exception.FrameworkAssembly is not null) _writer.WriteString(ProtocolNames.ExceptionAssembly, exception.FrameworkAssembly);
        _writer.WriteString(ProtocolNames.ExceptionMessage, exception.Message);
        _writer.WriteEndObject();
        End();
    }

    // The header comes before the value, so a judge that keeps only the start of a long line still reads it.
    private void Start(RunnerReplyKind kind, int index, bool ok, double ms, string? stdout)
    {
        _writer.WriteStartObject();
        _writer.WriteString(ProtocolNames.Type, ProtocolNames.Of(kind));
        _writer.WriteNumber(ProtocolNames.Index, index);
        _writer.WriteBoolean(ProtocolNames.Ok, ok);
        _writer.WriteNumber(ProtocolNames.Ms, ms);
        if (stdout is not null) _writer.WriteString(ProtocolNames.Stdout, stdout);
    }

    private void End()
    {
        _writer.Flush();
        output.WriteByte((byte)'\n');
        output.Flush();
    }

    public static byte[] EncodeLoad(LoadRequest load) => Encode(w =>
    {
        w.WriteString(ProtocolNames.Type, ProtocolNames.Load);
        w.WriteString(ProtocolNames.Assembly, load.AssemblyBase64);
        w.WriteBoolean(ProtocolNames.Script, load.Script);
        w.WriteString(ProtocolNames.Method, load.Method);
        w.WritePropertyName(ProtocolNames.ParameterTypes);
        w.WriteStartArray();
        foreach (var type in load.ParameterTypes) w.WriteStringValue(type);
        w.WriteEndArray();
        w.WriteString(ProtocolNames.ReturnType, load.ReturnType);
        w.WriteNumber(ProtocolNames.OutputLimitBytes, load.OutputLimitBytes);
    });

    /// <param name="argumentsJson">The arguments as JSON values separated by commas, in parameter order.</param>
    public static byte[] EncodeTest(int index, string argumentsJson) => Encode(w =>
    {
        w.WriteString(ProtocolNames.Type, ProtocolNames.Test);
        w.WriteNumber(ProtocolNames.Index, index);
        w.WritePropertyName(ProtocolNames.Args);
        w.WriteRawValue(System.Text.Encoding.UTF8.GetBytes($"[{argumentsJson}]"));
    });

    private static byte[] Encode(Action<JsonLineWriter> body)
    {
        var buffer = new MemoryStream();
        var w = new JsonLineWriter(buffer, 1024);
        w.WriteStartObject();
        body(w);
        w.WriteEndObject();
        w.Flush();
        return buffer.ToArray();
    }
}
