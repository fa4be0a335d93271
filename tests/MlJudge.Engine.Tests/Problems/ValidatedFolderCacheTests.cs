using MlJudge.Engine.Problems;
using MlJudge.Engine.Tests.Support;

namespace MlJudge.Engine.Tests.Problems;

/// <summary>
/// A warm restart skips parsing hidden tests of folders unchanged since they last loaded cleanly; any change to a
/// file's stat loads the folder in full again, and judging still validates what it reads.
/// </summary>
public sealed class ValidatedFolderCacheTests
{
    // Files written a moment ago are not remembered (their stat could repeat within one clock tick): age them.
    private static void Age(ProblemFolderBuilder folder, TimeSpan by)
    {
        foreach (var file in Directory.GetFiles(folder.Folder, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow - by);
    }

    private static string HiddenFile(ProblemFolderBuilder folder, string name) => Path.Combine(folder.Folder, "tests", "hidden", name + ".json");

    [Fact]
    public void A_remembered_folder_loads_without_parsing_its_hidden_tests_but_judging_still_validates_them()
    {
        using var folder = new ProblemFolderBuilder();
        Age(folder, TimeSpan.FromHours(1));
        var first = ProblemLoader.Load(folder.Folder);

        // Same length and modification time, broken content: only a load that skips parsing accepts it.
        var path = HiddenFile(folder, "02-empty");
        var written = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, new string('!', (int)new FileInfo(path).Length));
        File.SetLastWriteTimeUtc(path, written);
        var second = ProblemLoader.Load(folder.Folder);

        Assert.Equal(first.ContentHash, second.ContentHash);
        Assert.Equal(((HiddenTestList)first.Hidden).Names, ((HiddenTestList)second.Hidden).Names);
        HiddenTestCache.Shared.Clear();
        Assert.Throws<ProblemFormatException>(() => second.Hidden[0]);
    }

    [Fact]
    public void An_edited_test_file_is_parsed_again_and_changes_the_content_hash()
    {
        using var folder = new ProblemFolderBuilder();
        Age(folder, TimeSpan.FromHours(1));
        var before = ProblemLoader.Load(folder.Folder);

        folder.Hidden("02-empty", """{"x": [1, 2]}""", "[2, 4]");
        File.SetLastWriteTimeUtc(HiddenFile(folder, "02-empty"), DateTime.UtcNow - TimeSpan.FromMinutes(30));
        var after = ProblemLoader.Load(folder.Folder);
        Assert.NotEqual(before.ContentHash, after.ContentHash);

        folder.Write("tests/hidden/02-empty.json", "{ not json");
        File.SetLastWriteTimeUtc(HiddenFile(folder, "02-empty"), DateTime.UtcNow - TimeSpan.FromMinutes(20));
        var error = Assert.Throws<ProblemFormatException>(() => ProblemLoader.Load(folder.Folder));
        Assert.Contains(error.Errors, e => e.File == "tests/hidden/02-empty.json");
    }

    [Fact]
    public void A_folder_changed_moments_ago_is_not_remembered()
    {
        using var folder = new ProblemFolderBuilder();
        ProblemLoader.Load(folder.Folder);
        var path = HiddenFile(folder, "02-empty");
        var written = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, new string('!', (int)new FileInfo(path).Length));
        File.SetLastWriteTimeUtc(path, written);
        Assert.Throws<ProblemFormatException>(() => ProblemLoader.Load(folder.Folder));
    }
}
