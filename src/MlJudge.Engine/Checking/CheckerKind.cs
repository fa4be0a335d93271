using System.Text.Json.Serialization;

namespace MlJudge.Engine.Checking;

/// <summary>
/// The checkers a problem can name in problem.yaml's <c>checker.type</c>. The attribute is the one place each
/// name is spelled: problem.yaml, the API and the docs' table all use it (<see cref="CheckerRegistry"/>).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<CheckerKind>))]
public enum CheckerKind
{
    [JsonStringEnumMemberName("exact")] Exact,
    [JsonStringEnumMemberName("allclose")] AllClose,
    [JsonStringEnumMemberName("unordered")] Unordered,
    [JsonStringEnumMemberName("partition")] Partition,
    [JsonStringEnumMemberName("custom")] Custom,
}
