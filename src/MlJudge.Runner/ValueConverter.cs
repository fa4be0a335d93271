using System.Text.Json;

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

    public static object? FromJson(JsonElement element, Type type)
    {
        if (type.IsArray)
        {
            if (element.ValueKind == JsonValueKind.Null) return null;
            // Typed fast paths for the common flat arrays; Array.SetValue would box every element.
            if (type == typeof(double[])) return ReadArray(element, ReadDouble);
            if (type == typeof(int[])) return ReadArray(element, e => e.GetInt32());
            if (type == typeof(long[])) return ReadArray(element, e => e.GetInt64());
            var itemType = type.GetElementType()!;
            var array = Array.CreateInstance(itemType, element.GetArrayLength());
            var i = 0;
            foreach (var item in element.EnumerateArray()) array.SetValue(FromJson(item, itemType), i++);
            return array;
        }
        if (type == typeof(double)) return ReadDouble(element);
        if (type == typeof(int)) return element.GetInt32();
        if (type == typeof(long)) return element.GetInt64();
        if (type == typeof(bool)) return element.GetBoolean();
        if (type == typeof(string)) return element.ValueKind == JsonValueKind.Null ? null : element.GetString();
        throw new NotSupportedException(type.Name);
    }

    private static T[] ReadArray<T>(JsonElement element, Func<JsonElement, T> read)
    {
        var result = new T[element.GetArrayLength()];
        var i = 0;
        foreach (var item in element.EnumerateArray()) result[i++] = read(item);
        return result;
    }

    private static double ReadDouble(JsonElement element) => element.ValueKind == JsonValueKind.String
        ? element.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            var other => throw new FormatException($"not a number: {other}"),
        }
        : element.GetDouble();

    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        if (double.IsFinite(d)) writer.WriteNumberValue(d);
        else writer.WriteStringValue(double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
    }

    // Every array path streams: the writer hands its buffer to the capped reply stream in chunks, so a huge
    // result passes the output cap (and ends the runner) long before it could fill the runner's memory.
    private static void FlushIfLarge(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > 1 << 16) writer.Flush();
    }

    public static void ToJson(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case double d when double.IsNaN(d): writer.WriteStringValue("NaN"); break;
            case double d when double.IsPositiveInfinity(d): writer.WriteStringValue("Infinity"); break;
            case double d when double.IsNegativeInfinity(d): writer.WriteStringValue("-Infinity"); break;
            case double d: writer.WriteNumberValue(d); break;
            case double[] doubles:
                writer.WriteStartArray();
                foreach (var d in doubles)
                {
                    WriteDouble(writer, d);
                    FlushIfLarge(writer);
                }
                writer.WriteEndArray();
                break;
            case int[] ints:
                writer.WriteStartArray();
                foreach (var i in ints)
                {
                    writer.WriteNumberValue(i);
                    FlushIfLarge(writer);
                }
                writer.WriteEndArray();
                break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case string s:
                writer.WriteStringValue(s);
                FlushIfLarge(writer);
                break;
            case Array array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    ToJson(writer, item);
                    FlushIfLarge(writer);
                }
                writer.WriteEndArray();
                break;
            default: throw new NotSupportedException(value.GetType().Name);
        }
    }
}
