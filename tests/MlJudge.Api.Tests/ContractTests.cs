using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dapper;
using MlJudge.Api.Tests.Support;
using MlJudge.Engine.Checking;
using MlJudge.Server.Database;
using MlJudge.Server.Submissions;

namespace MlJudge.Api.Tests;

/// <summary>The contract is written down once: in the endpoints and enums. Everything else is generated from them, or checked against them.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class ContractTests(ApiFactory factory)
{
    private static string CheckedInDocument => Path.Combine(ApiFactory.RepositoryRoot(), "docs", "openapi.json");

    /// <summary>
    /// docs/openapi.json is what the endpoints generate. After changing an endpoint or a record, regenerate it with
    /// `MLJUDGE_UPDATE_OPENAPI=1 dotnet test tests/MlJudge.Api.Tests --filter ContractTests`, then `npm run api-types`
    /// in src/MlJudge.Web for the UI's types.
    /// </summary>
    [Fact]
    public async Task The_checked_in_OpenAPI_document_is_the_one_the_endpoints_generate()
    {
        var generated = Normalize(await factory.Anonymous().GetStringAsync("/openapi/v1.json"));
        if (Environment.GetEnvironmentVariable("MLJUDGE_UPDATE_OPENAPI") == "1") await File.WriteAllTextAsync(CheckedInDocument, generated);
        Assert.True(File.Exists(CheckedInDocument), "docs/openapi.json is missing; generate it with MLJUDGE_UPDATE_OPENAPI=1");
        Assert.True(generated == await File.ReadAllTextAsync(CheckedInDocument),
            "docs/openapi.json is out of date: run `MLJUDGE_UPDATE_OPENAPI=1 dotnet test tests/MlJudge.Api.Tests --filter ContractTests` and `npm run api-types` in src/MlJudge.Web");
    }

    [Fact]
    public async Task The_OpenAPI_document_spells_enums_as_the_API_sends_them()
    {
        var document = JsonNode.Parse(await factory.Anonymous().GetStringAsync("/openapi/v1.json"))!;
        var schemas = document["components"]!["schemas"]!;
        Assert.Equal(["run", "submit", "custom"], schemas["SubmissionKind"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(Enum.GetNames<SubmissionStatus>(), schemas["SubmissionStatus"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(CheckerRegistry.All.Select(d => d.Name), schemas["CheckerKind"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Theory]
    [InlineData("status", typeof(SubmissionStatus))]
    [InlineData("kind", typeof(SubmissionKind))]
    public async Task The_database_accepts_exactly_the_names_the_enum_writes(string column, Type enumType)
    {
        await using var connection = await factory.Database.OpenConnectionAsync();
        var definition = await connection.ExecuteScalarAsync<string>("""
            select pg_get_constraintdef(c.oid) from pg_constraint c
            where c.conrelid = 'submissions'::regclass and c.contype = 'c' and pg_get_constraintdef(c.oid) like '%' || @column || '%'
            """, new { column });
        var allowed = QuotedNames().Matches(definition!).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        var written = Enum.GetValues(enumType).Cast<Enum>().Select(ToSql).Order(StringComparer.Ordinal);
        Assert.Equal(allowed, written);
    }

    private static string ToSql(Enum value) => value switch
    {
        SubmissionStatus s => s.ToSql(),
        SubmissionKind k => k.ToSql(),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private static string Normalize(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    [GeneratedRegex("'([^']+)'::text")]
    private static partial Regex QuotedNames();
}
