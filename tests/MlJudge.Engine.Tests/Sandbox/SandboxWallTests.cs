using System.Net;
using System.Net.Sockets;
using MlJudge.Engine.Judging;
using MlJudge.Engine.Problems;
using MlJudge.Engine.Tests.Support;
using MlJudge.Engine.Trusted;

namespace MlJudge.Engine.Tests.Sandbox;

/// <summary>
/// The OS walls on their own: these probes are compiled with no policy at all (as if every compile-time
/// check had failed) and run in the real sandbox. Each must find the wall, not the machine.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class SandboxWallTests(EngineFixture fixture) : IDisposable
{
    private readonly ProblemFolderBuilder _folder = new("probe", """
        method: Probe
        parameters:
          - name: what
            type: string
        returns: string
        """, doubleItTests: false);

    public void Dispose() => _folder.Dispose();

    private const string ProbeSource = """
        using System.IO;
        using System.Net;
        using System.Net.Sockets;
        public class Solution
        {
            public static string Probe(string what)
            {
                try
                {
                    var parts = what.Split('|');
                    switch (parts[0])
                    {
                        case "read": return "escaped:" + File.ReadAllText(parts[1]);
                        case "write": File.WriteAllText(parts[1], "pwned"); return "escaped:wrote";
                        case "list": return "escaped:" + string.Join(",", Directory.GetFileSystemEntries(parts[1]));
                        case "connect": using (var c = new TcpClient()) { c.Connect(IPAddress.Loopback, int.Parse(parts[1])); } return "escaped:connected";
                        case "dns": return "escaped:" + Dns.GetHostAddresses(parts[1]).Length;
                        case "process": System.Diagnostics.Process.Start("/bin/sh", "-c true")!.WaitForExit(); return "escaped:started";
                        case "env": return "env:" + string.Join(",", System.Environment.GetEnvironmentVariables().Keys.Cast<string>());
                        case "uid": return "uid:" + File.ReadAllText("/proc/self/status").Split('\n').First(l => l.StartsWith("Uid:"));
                        case "threads":
                            var threads = new List<System.Threading.Thread>();
                            for (var i = 0; i < 500; i++) { var t = new System.Threading.Thread(() => System.Threading.Thread.Sleep(60000)); t.Start(); threads.Add(t); }
                            return "escaped:500 threads";
                        case "tmpfill": using (var f = File.OpenWrite("/tmp/fill")) { var block = new byte[1 << 20]; for (var i = 0; i < 1024; i++) f.Write(block); } return "escaped:filled 1 GiB";
                    }
                    return "unknown probe";
                }
                catch (System.Exception e)
                {
                    return "blocked:" + e.GetType().Name;
                }
            }
        }
        """;

    private async Task<JudgeResult> Run(string probe)
    {
        _folder.Sample("01-probe", $$"""{"what": "{{probe}}"}""", "\"blocked\"").Hidden("02-probe", """{"what": "none"}""", "\"blocked\"");
        var problem = ProblemLoader.Load(_folder.Folder);
        return await fixture.Engine.JudgeCompiledAsync(problem, TrustedCompiler.Emit(ProbeSource), CancellationToken.None);
    }

    private async Task AssertBlocked(string probe)
    {
        var result = await Run(probe);
        var test = Assert.Single(result.Tests);
        var got = test.Got?.GetValue<string>();
        Assert.False(got?.StartsWith("escaped") == true, $"{probe}: {got}");
    }

    [Fact]
    public Task Reading_etc_passwd_finds_nothing() => AssertBlocked("read|/etc/passwd");

    [Fact]
    public Task Reading_the_problem_folder_finds_nothing() => AssertBlocked($"read|{_folder.Folder}/tests/hidden/02-empty.json");

    [Fact]
    public async Task Reading_the_judges_environment_through_proc_finds_no_secret()
    {
        Environment.SetEnvironmentVariable("MLJUDGE_TEST_SECRET", "hunter2");
        foreach (var path in new[] { "/proc/1/environ", $"/proc/{Environment.ProcessId}/environ", "/proc/self/environ" })
        {
            var got = Assert.Single((await Run($"read|{path}")).Tests).Got?.GetValue<string>() ?? "";
            Assert.DoesNotContain("hunter2", got);
            Assert.DoesNotContain("MLJUDGE_TEST_SECRET", got);
        }
    }

    [Fact]
    public Task Writing_into_the_runtime_folder_is_refused() => AssertBlocked($"write|{Path.GetDirectoryName(typeof(object).Assembly.Location)}/pwned.txt");

    [Fact]
    public Task Listing_the_home_and_work_folders_finds_nothing() => AssertBlocked("list|/root");

    [Fact]
    public async Task Connecting_to_a_port_open_on_the_host_fails()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        await AssertBlocked($"connect|{((IPEndPoint)listener.LocalEndpoint).Port}");
    }

    [Fact]
    public Task Resolving_a_host_name_fails() => AssertBlocked("dns|example.com");

    [Fact]
    public Task Starting_a_process_fails() => AssertBlocked("process");

    [Fact]
    public async Task The_runner_sees_no_environment_of_the_judge()
    {
        Environment.SetEnvironmentVariable("MLJUDGE_TEST_SECRET", "hunter2");
        var result = await Run("env");
        var got = Assert.Single(result.Tests).Got!.GetValue<string>();
        Assert.StartsWith("env:", got);
        Assert.DoesNotContain("MLJUDGE_TEST_SECRET", got);
        Assert.DoesNotContain("ConnectionStrings", got);
    }

    [Fact]
    public async Task The_runner_is_not_root()
    {
        var got = Assert.Single((await Run("uid")).Tests).Got!.GetValue<string>();
        Assert.DoesNotMatch(@"Uid:\s+0\s", got);
    }

    [Fact]
    public async Task A_thread_bomb_hits_the_pids_limit_and_the_next_submission_is_judged()
    {
        var result = await Run("threads");
        Assert.False(Assert.Single(result.Tests).Got?.GetValue<string>()?.StartsWith("escaped") == true);
        Assert.NotEqual(Verdict.Accepted, result.Verdict);
        Assert.StartsWith("blocked:", Assert.Single((await Run("read|/etc/passwd")).Tests).Got!.GetValue<string>());
    }

    [Fact]
    public Task Filling_tmp_stops_at_its_small_size() => AssertBlocked("tmpfill");
}
