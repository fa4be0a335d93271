using MlJudge.Engine.Judging;

namespace MlJudge.Engine.Tests.Support;

/// <summary>One warm engine (compile host, sandboxed runner pool) shared by the tests of a collection.</summary>
public sealed class EngineFixture : IAsyncLifetime
{
    public const int PoolSize = 2;

    public JudgeEngine Engine { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Engine = await JudgeEngine.StartAsync(new JudgeEngineOptions { RunnerPoolSize = PoolSize, CompileTimeout = TimeSpan.FromSeconds(4) }, CancellationToken.None);

    public async Task DisposeAsync() => await Engine.DisposeAsync();

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MlJudge.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("repository root (MlJudge.sln) not found above the test assembly");
    }
}

[CollectionDefinition(Name)]
public sealed class EngineCollection : ICollectionFixture<EngineFixture>
{
    public const string Name = "engine";
}
