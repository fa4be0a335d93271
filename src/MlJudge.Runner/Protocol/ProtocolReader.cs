namespace MlJudge.Runner.Protocol;

/// <summary>Reads one argument of a test, of the parameter at <paramref name="position"/>, starting at the reader's current token.</summary>
internal delegate object? ArgumentReader(ref JsonLineReader reader, int position);

/// <summary>Reads the judge's requests on the runner's side (the judge reads replies with its own reader).</summary>
internal static class ProtocolReader
{
    public static LoadRequest ReadLoad(string line)
    {
        var reader = new JsonLineReader(line);
        reader.Expect(JsonToken.StartObject);
        string? assembly = null, method = null, returnType = null;
        string[]? parameterTypes = null;
        bool? script = null;
        long? outputLimit = null;
        while (reader.Read() && reader.Token == JsonToken.PropertyName)
        {
            if (reader.NameIs(ProtocolNames.Assembly)) assembly = NextString(ref reader);
            else if (reader.NameIs(ProtocolNames.Method)) method = NextString(ref reader);
            else if (reader.NameIs(ProtocolNames.ReturnType)) returnType = NextString(ref reader);
            else if (reader.NameIs(ProtocolNames.Script)) script = Next(ref reader).GetBoolean();
            else if (reader.NameIs(ProtocolNames.OutputLimitBytes)) outputLimit = Next(ref reader).GetInt64();
            else if (reader.NameIs(ProtocolNames.ParameterTypes))
            {
                reader.Expect(JsonToken.StartArray);
                var types = new List<string>();
                while (reader.Read() && reader.Token == JsonToken.String) types.Add(reader.GetString()!);
                parameterTypes = [.. types];
            }
            else reader.Skip();
        }
        return new LoadRequest(assembly ?? throw Missing(ProtocolNames.Assembly), script ?? throw Missing(ProtocolNames.Script),
            method ?? throw Missing(ProtocolNames.Method), parameterTypes ?? throw Missing(ProtocolNames.ParameterTypes),
            returnType ?? throw Missing(ProtocolNames.ReturnType), outputLimit ?? throw Missing(ProtocolNames.OutputLimitBytes));
    }

    /// <returns>The test's index and its arguments, each read by <paramref name="readArgument"/> in parameter order.</returns>
    public static (int Index, object?[] Args) ReadTest(string line, int parameterCount, ArgumentReader readArgument)
    {
        var reader = new JsonLineReader(line);
        reader.Expect(JsonToken.StartObject);
        int? index = null;
        object?[]? args = null;
        while (reader.Read() && reader.Token == JsonToken.PropertyName)
        {
            if (reader.NameIs(ProtocolNames.Index)) index = Next(ref reader).GetInt32();
            else if (reader.NameIs(ProtocolNames.Args))
            {
                reader.Expect(JsonToken.StartArray);
                args = new object?[parameterCount];
                for (var i = 0; i < parameterCount; i++)
                {
                    reader.Read();
                    args[i] = readArgument(ref reader, i);
                }
                reader.Expect(JsonToken.EndArray);
            }
            else reader.Skip();
        }
        return (index ?? throw Missing(ProtocolNames.Index), args ?? throw Missing(ProtocolNames.Args));
    }

    private static ref JsonLineReader Next(ref JsonLineReader reader)
    {
        reader.Read();
        return ref reader;
    }

    private static string NextString(ref JsonLineReader reader) => Next(ref reader).GetString() ?? throw new FormatException("null where a string belongs");

    private static FormatException Missing(string name) => new($"the request has no \"{name}\"");
}
