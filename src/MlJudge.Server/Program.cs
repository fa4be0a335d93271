using MlJudge.Server.Admin;
using MlJudge.Server.Auth;
using MlJudge.Server.Contests;
using MlJudge.Server.Health;
using MlJudge.Server.Hosting;
using MlJudge.Server.Hubs;
using MlJudge.Server.Leaderboard;
using MlJudge.Server.Metrics;
using MlJudge.Server.Problems;
using MlJudge.Server.Submissions;

// Wiring only: nothing here starts a database or loads problems; hosted services do that when the host starts
// (Database/DatabaseSetup first, then Problems/CatalogFollower, then the workers).

// `instructor add|promote|demote NAME` makes instructors against the configured database (see README).
if (args is [InstructorCommand.Name, ..])
{
    Environment.ExitCode = await InstructorCommand.RunAsync(args[1..], CancellationToken.None);
    return;
}

// `--worker` runs judge workers only (no HTTP) against the same database, on any host; it follows the
// catalog the web server publishes.
if (args.Contains("--worker"))
{
    var worker = Host.CreateApplicationBuilder(args.Where(a => a != "--worker").ToArray());
    worker.AddJudgeCore(CatalogRole.Follower);
    using var workerHost = worker.Build();
    await workerHost.RunAsync();
    return;
}

// The UI bundle is copied next to the server's binaries (see MlJudge.Web.targets), whatever the working directory.
// `--bench-board` starts the whole server (database, migrations, catalog) on a free port, prints the contest
// board figures (Contests/ScoreboardBenchmark) and exits.
var benchBoard = args.Contains(ScoreboardBenchmark.Flag);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args.Where(a => a != ScoreboardBenchmark.Flag).ToArray(), WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot") });
if (benchBoard)
    builder.WebHost.UseUrls("http://127.0.0.1:0");
else if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null)
    builder.WebHost.UseUrls("http://localhost:5080");
builder.AddJudgeCore(CatalogRole.Publisher);
builder.AddJudgeWeb();
builder.Services.AddContests();
builder.Services.AddJudgeOpenApi();
builder.Services.AddJudgeMetrics();

var app = builder.Build();
app.UseJudgeWeb();
app.MapOpenApi(ApiDocument.Route);
app.MapGroup("/api/auth").MapAuth();
app.MapGroup("/api/problems").MapProblems();
app.MapSubmissions();
app.MapCustomRuns();
app.MapSolutions();
app.MapGroup("/api/contests").MapContests();
app.MapLeaderboard();
app.MapGroup("/api/admin").MapAdmin();
app.MapHealth();
app.MapJudgeMetrics();
app.MapHub<JudgeHub>(JudgeHub.Path);
app.MapFallbackToFile("index.html").Add(b => ((RouteEndpointBuilder)b).Order = int.MaxValue);
app.MapFallback("/api/{**path}", () => TypedResults.Problem(statusCode: 404, title: "Not found", detail: "No such API endpoint."));
if (benchBoard)
{
    Environment.ExitCode = await ScoreboardBenchmark.RunHostedAsync(app, Console.Out, CancellationToken.None);
    return;
}
await app.RunAsync();

public partial class Program;
