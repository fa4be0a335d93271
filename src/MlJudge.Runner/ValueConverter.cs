using MlJudge.Runner.Protocol;

namespace MlJudge.Runner;

/// <summary>Converts between JSON and the signature types (int, long, double, bool, string, arrays up to rank 3).</summary>
internal static class ValueConverter
{
    public static Type ParseType(string name) => name switch
    {
        "int" => typeof(int),
        "long" => typeof(long),
        "double" => typeof(double),
        "bool" => typeof(bool),
        "string" => typeof(string),
        _ when name.EndsWith("[]", StringComparison.Ordinal) => ParseType(name[..^2]).MakeArrayType(),
        _ => throw new NotSupportedException($"unsupported type {name}"),
    };

    /// <summary>Reads the value that starts at the reader's current token.</summary>
    public static object? Read(ref JsonLineReader reader, Type type)
    {
        if (type.IsArray)
        {
            if (reader.Token == JsonToken.Null) return null;
            if (reader.Token != JsonToken.StartArray) throw new FormatException($"expected an array, found {reader.Token}");
            // Typed paths for the common flat arrays: gathering boxed items would box every element.
            if (type == typeof(double[])) return ReadArray(ref reader, ReadDouble);
            if (type == typeof(int[])) return ReadArray(ref reader, static (ref r) => r.GetInt32());
            if (type == typeof(long[])) return ReadArray(ref reader, static (ref r) => r.GetInt64());
            var itemType = type.GetElementType()!;
            var gathered = ReadArray(ref reader, (ref r) => Read(ref r, itemType));
            var array = Array.CreateInstance(itemType, gathered.Length);
            for (var i = 0; i < gathered.Length; i++) array.SetValue(gathered[i], i);
            return array;
        }
        if (type == typeof(double)) return ReadDouble(ref reader);
        if (type == typeof(int)) return reader.GetInt32();
        if (type == typeof(long)) return reader.GetInt64();
        if (type == typeof(bool)) return reader.GetBoolean();
        if (type == typeof(string)) return reader.GetString();
        throw new NotSupportedException(type.Name);
    }

    private delegate T ItemReader<T>(ref JsonLineReader reader);

    // The items of the array whose start the reader is on, up to and past its end.
    private static T[] ReadArray<T>(ref JsonLineReader reader, ItemReader<T> read)
    {
        var items = new ArrayBuilder<T>();
        while (reader.Read() && reader.Token != JsonToken.EndArray) items.Add(read(ref reader));
        return items.ToArray();
    }

    // JSON has no NaN or infinities: the judge spells them as strings.
    private static double ReadDouble(ref JsonLineReader reader) => reader.Token == JsonToken.String
        ? reader.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            var other => throw new FormatException($"not a number: {other}"),
        }
        : reader.GetDouble();

    private static void WriteDouble(JsonLineWriter writer, double d)
    {
        if (double.IsFinite(d)) writer.WriteNumberValue(d);
        else writer.WriteStringValue(double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
    }

    // The writer streams: its buffer goes to the capped reply stream whenever it fills, so a huge result passes the
    // output cap (and ends the runner) long before it could fill the runner's memory.
    public static void Write(JsonLineWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case double d: WriteDouble(writer, d); break;
            case double[] doubles:
                writer.WriteStartArray();
                foreach (var d in doubles) WriteDouble(writer, d);
                writer.WriteEndArray();
                break;
            case int[] ints:
                writer.WriteStartArray();
                foreach (var i in ints) writer.WriteNumberValue(i);
                writer.WriteEndArray();
                break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case string s: writer.WriteStringValue(s); break;
            case Array array:
                writer.WriteStartArray();
                foreach (var item in array) Write(writer, item);
                writer.WriteEndArray();
                break;
            default: throw new NotSupportedException(value.GetType().Name);
        }
    }
}
