using System.Text.Json;

namespace MlJudge.Runner.Protocol;

/// <summary>Reads protocol lines: replies on the judge's side, requests on the runner's side.</summary>
internal static class ProtocolReader
{
    /// <summary>
    /// Reads a reply without building a tree: the value is located, not parsed. <paramref name="complete"/> is false
    /// when the judge kept only the start of a longer line; the header is still read and the value marked cut.
    /// </summary>
    /// <returns>The reply, or null for a malformed line (treated like a dead runner).</returns>
    public static RunnerReply? ParseReply(ReadOnlySpan<byte> line, bool complete)
    {
        try
        {
            var reader = new Utf8JsonReader(line, isFinalBlock: complete, state: default);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            RunnerReplyKind? kind = null;
            int index = -1, valueStart = -1, valueLength = 0;
            bool ok = false, cut = false;
            double ms = 0;
            string? stdout = null, exception = null, assembly = null, message = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                if (!reader.Read()) { cut = name == ProtocolNames.Value; break; }
                switch (name)
                {
                    case ProtocolNames.Type: kind = ProtocolNames.ParseKind(reader.GetString()); break;
                    case ProtocolNames.Index: index = reader.GetInt32(); break;
                    case ProtocolNames.Ok: ok = reader.GetBoolean(); break;
                    case ProtocolNames.Ms: ms = reader.GetDouble(); break;
                    case ProtocolNames.Stdout: stdout = reader.GetString(); break;
                    case ProtocolNames.Exception: exception = reader.GetString(); break;
                    case ProtocolNames.ExceptionAssembly: assembly = reader.GetString(); break;
                    case ProtocolNames.ExceptionMessage: message = reader.GetString(); break;
                    case ProtocolNames.Value:
                        valueStart = (int)reader.TokenStartIndex;
                        if (!reader.TrySkip()) { cut = true; break; }
                        valueLength = (int)reader.BytesConsumed - valueStart;
                        break;
                    default:
                        if (!reader.TrySkip()) cut = true;
                        break;
                }
                if (cut) break;
            }
            if (kind is null || !complete && !cut) return null;
            return new RunnerReply(kind.Value, index, ok, ms, stdout,
                exception is null ? null : new ExceptionReport(exception, assembly, message ?? ""), valueStart, valueLength, cut);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    public static LoadRequest ReadLoad(JsonElement message) => new(
        message.GetProperty(ProtocolNames.Assembly).GetString()!,
        message.GetProperty(ProtocolNames.Script).GetBoolean(),
        message.GetProperty(ProtocolNames.Method).GetString()!,
        message.GetProperty(ProtocolNames.ParameterTypes).EnumerateArray().Select(t => t.GetString()!).ToArray(),
        message.GetProperty(ProtocolNames.ReturnType).GetString()!,
        message.GetProperty(ProtocolNames.OutputLimitBytes).GetInt64());

    /// <returns>The test's index and its arguments (a JSON array in parameter order).</returns>
    public static (int Index, JsonElement Args) ReadTest(JsonElement message) =>
        (message.GetProperty(ProtocolNames.Index).GetInt32(), message.GetProperty(ProtocolNames.Args));
}
