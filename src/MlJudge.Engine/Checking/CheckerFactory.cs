using MlJudge.Engine.Problems;
using MlJudge.Engine.Trusted;

namespace MlJudge.Engine.Checking;

public static class CheckerFactory
{
    public static IChecker Create(CheckerSpec spec, string problemFolder) => spec.Type switch
    {
        "exact" => new ExactChecker(),
        "allclose" => new AllCloseChecker(spec.Rtol, spec.Atol),
        "unordered" => new UnorderedChecker(),
        "partition" => new PartitionChecker(),
        "custom" => LoadCustom(Path.Combine(problemFolder, spec.File!)),
        _ => throw new CheckerLoadException($"unknown checker type '{spec.Type}'"),
    };

    private static IChecker LoadCustom(string path)
    {
        try
        {
            return TrustedCompiler.CreateInstance<ICustomChecker>(TrustedCompiler.CompileAndLoad(path), path);
        }
        catch (TrustedCompilationException e)
        {
            throw new CheckerLoadException(e.Message);
        }
    }
}
