using YamlDotNet.RepresentationModel;

namespace MlJudge.Engine.Problems;

/// <summary>Reads problem.yaml field by field so that every error names the file and the field at fault.</summary>
internal sealed class YamlFields(string problemId, string file, List<ProblemError> errors)
{
    public void Error(string field, string message) => errors.Add(new ProblemError(problemId, file, field, message));

    public YamlMappingNode? Root(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                errors.Add(new ProblemError(problemId, file, null, "must be a YAML mapping"));
                return null;
            }
            return map;
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            errors.Add(new ProblemError(problemId, file, null, $"invalid YAML at line {e.Start.Line}, column {e.Start.Column}: {e.InnerException?.Message ?? e.Message}"));
            return null;
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet reports some unterminated flow collections this way, without a position.
            errors.Add(new ProblemError(problemId, file, null, $"invalid YAML: the document could not be parsed ({e.Message}); check brackets and quotes"));
            return null;
        }
    }

    public static YamlNode? Get(YamlMappingNode? map, string key) =>
        map is not null && map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public string? String(YamlMappingNode? map, string path, string key, bool required = true)
    {
        var node = Get(map, key);
        var field = Join(path, key);
        if (node is null)
        {
            if (required) Error(field, "is required");
            return null;
        }
        if (node is not YamlScalarNode { Value: { } value } || value.Length == 0)
        {
            Error(field, "must be a non-empty string");
            return null;
        }
        return value;
    }

    public double? Number(YamlMappingNode? map, string path, string key, bool required, double min, double max)
    {
        var text = String(map, path, key, required);
        if (text is null) return null;
        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Error(Join(path, key), $"must be a number, found '{text}'");
            return null;
        }
        if (value < min || value > max)
        {
            Error(Join(path, key), $"must be between {min} and {max}, found {value}");
            return null;
        }
        return value;
    }

    public YamlMappingNode? Mapping(YamlMappingNode? map, string path, string key, bool required = true)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required) Error(Join(path, key), "is required");
            return null;
        }
        if (node is YamlMappingNode mapping) return mapping;
        Error(Join(path, key), "must be a mapping");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlMappingNode? map, string path, string key, bool required = true)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required) Error(Join(path, key), "is required");
            return null;
        }
        if (node is YamlSequenceNode sequence) return sequence;
        Error(Join(path, key), "must be a list");
        return null;
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
