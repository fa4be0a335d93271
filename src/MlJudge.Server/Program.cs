using MlJudge.Server.Admin;
using MlJudge.Server.Auth;
using MlJudge.Server.Contests;
using MlJudge.Server.Health;
using MlJudge.Server.Hosting;
using MlJudge.Server.Hubs;
using MlJudge.Server.Leaderboard;
using MlJudge.Server.Problems;
using MlJudge.Server.Submissions;

// `instructor add|promote|demote NAME` makes instructors against the configured database (see README).
if (args is [InstructorCommand.Name, ..])
{
    Environment.ExitCode = await InstructorCommand.RunAsync(args[1..], CancellationToken.None);
    return;
}

// `--worker` runs judge workers only (no HTTP) against the same database, on any host.
if (args.Contains("--worker"))
{
    var worker = Host.CreateApplicationBuilder(args.Where(a => a != "--worker").ToArray());
    await worker.Services.AddJudgeCoreAsync(worker.Configuration, LoggerFactory.Create(l => l.AddConsole()));
    using var workerHost = worker.Build();
    await workerHost.Services.LoadProblemsAsync(CancellationToken.None);
    await workerHost.RunAsync();
    return;
}

// The UI bundle is copied next to the server's binaries (see MlJudge.Web.targets), whatever the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot") });
if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null)
    builder.WebHost.UseUrls("http://localhost:5080");
await builder.Services.AddJudgeCoreAsync(builder.Configuration, LoggerFactory.Create(l => l.AddConsole()));
builder.AddJudgeWeb();
builder.Services.AddContests();

var app = builder.Build();
await app.Services.LoadProblemsAsync(CancellationToken.None);
app.UseJudgeWeb();
app.MapGroup("/api/auth").MapAuth();
app.MapGroup("/api/problems").MapProblems();
app.MapSubmissions();
app.MapGroup("/api/contests").MapContests();
app.MapLeaderboard();
app.MapGroup("/api/admin").MapAdmin();
app.MapHealth();
app.MapHub<JudgeHub>(JudgeHub.Path);
app.MapFallbackToFile("index.html").Add(b => ((RouteEndpointBuilder)b).Order = int.MaxValue);
app.MapFallback("/api/{**path}", () => TypedResults.Problem(statusCode: 404, title: "Not found", detail: "No such API endpoint."));
await app.RunAsync();

public partial class Program;
