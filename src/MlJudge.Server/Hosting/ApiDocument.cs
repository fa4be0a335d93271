using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MlJudge.Server.Hosting;

/// <summary>
/// The OpenAPI document, generated from the endpoints themselves (their typed results and records). A copy is
/// checked in as docs/openapi.json; a test regenerates it and fails when it differs, and the UI's TypeScript
/// types are generated from that copy (npm run api-types), so docs, C# records and api.ts cannot drift apart.
/// </summary>
public static class ApiDocument
{
    public const string Route = "/openapi/{documentName}.json";
    public const string Path = "/openapi/v1.json";

    public static IServiceCollection AddJudgeOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo { Title = "MlJudge", Version = "v1", Description = "See docs/API.md for the behaviour behind each endpoint." };
                // Where the server listens is deployment detail; without this the document would name the test server.
                document.Servers = [];
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer((schema, context, _) =>
            {
                // Request strings are read by NulRejectingStringConverter, a custom converter the generator cannot see
                // through: it would document every string as "anything". They are strings (null where annotated so).
                if (context.JsonTypeInfo.Type == typeof(string) && schema.Type is null)
                    schema.Type = context.JsonPropertyInfo is { IsGetNullable: true } ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
                if (context.JsonTypeInfo.ElementType == typeof(string) && schema.Items is null or { Type: null })
                    schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
                // The web JSON defaults also read numbers written as strings, so the generator documents
                // "integer or numeric string"; the server always writes numbers, and clients should send them.
                if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String) && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)))
                {
                    schema.Type = type & ~JsonSchemaType.String;
                    schema.Pattern = null;
                }
                return Task.CompletedTask;
            });
        });
}
