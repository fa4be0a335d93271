using System.Text.Json;
using MlJudge.Runner.Protocol;

namespace MlJudge.Engine.Sandbox;

/// <summary>
/// Reads the runner's replies. This side of the protocol uses System.Text.Json's reader (the runner's output is hostile
/// input here); the runner writes with <see cref="JsonLineWriter"/>, which writes what Utf8JsonWriter would.
/// </summary>
internal static class RunnerReplyReader
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
}
