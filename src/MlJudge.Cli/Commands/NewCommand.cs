using MlJudge.Engine.Checking;
using MlJudge.Engine.Problems;

namespace MlJudge.Cli.Commands;

/// <summary>Scaffolds a problem folder that already validates once its generator and reference are filled in.</summary>
public static class NewCommand
{
    public static int Run(CommandLine args)
    {
        var id = args.Require(0, "<id>");
        if (!ProblemLoader.IdPattern().IsMatch(id)) throw new UsageException("the id must be lowercase letters, digits and dashes, e.g. 'layer-norm'");
        var folder = Path.Combine(args.Positional(1) ?? CommandLine.DefaultProblemsFolder(), id);
        if (Directory.Exists(folder)) throw new UsageException($"{folder} already exists");
        var method = string.Concat(id.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

        Write(folder, "problem.yaml", $"""
            title: {method}
            titleZh: {method}
            difficulty: easy            # easy | medium | hard
            tags: [todo]                # first: the catalog category (docs/PROBLEM_FORMAT.md)
            source:
              seed: derived             # a seed file name, or "derived"
              question: which interview question this exercise comes from
            entryPoint:
              method: {method}
              parameters:
                - name: x
                  type: double[]
              returns: double[]
            checker:
              type: allclose            # {string.Join(" | ", CheckerRegistry.All.Select(d => d.Name))}
              rtol: 1.0e-9
              atol: 1.0e-12
            limits:
              timeMs: 1000
              memoryMb: 256
            """);
        Write(folder, "statement.md", $"""
            # {method}

            Describe the task, the shapes and layouts, every convention (padding, tie-breaking, empty input),
            the formula ($y_i = f(x_i)$), a worked example and the expected complexity.

            ```csharp
            double[] {method}(double[] x)
            ```
            """);
        // The translation keeps the English statement's formulas and code blocks (validate compares their counts).
        Write(folder, "statement.zh.md", $"""
            # {method}

            用中文写同一道题：任务、形状与布局、所有约定（填充、平局规则、空输入）、
            公式（$y_i = f(x_i)$）、一个完整的例子和期望的复杂度。

            ```csharp
            double[] {method}(double[] x)
            ```
            """);
        Write(folder, "starter.cs", $$"""
            double[] {{method}}(double[] x)
            {
                throw new NotImplementedException();
            }
            """);
        Write(folder, "generator.cs", """
            public static class Generator
            {
                public static IEnumerable<GeneratedTest> Generate()
                {
                    var random = new Random(20261122);
                    yield return GeneratedTest.Sample("01-basic", new[] { 1.0, 2.0, 3.0 });
                    for (var i = 0; i < 20; i++)
                        yield return GeneratedTest.Hidden($"{10 + i:00}-random", Enumerable.Range(0, 10).Select(_ => random.NextDouble()).ToArray());
                }
            }
            """);
        Write(Path.Combine(folder, "solutions", "accepted"), "reference.cs", $$"""
            double[] {{method}}(double[] x) => x.ToArray();
            """);
        Write(Path.Combine(folder, "solutions", "accepted"), "solution_class.cs", $$"""
            public class Solution
            {
                public double[] {{method}}(double[] x) => (double[])x.Clone();
            }
            """);
        Write(Path.Combine(folder, "solutions", "wrong_answer"), "todo.cs", $$"""
            double[] {{method}}(double[] x) => new double[x.Length];
            """);
        Console.WriteLine($"""
            created {folder}
            next: edit problem.yaml, statement.md, statement.zh.md, generator.cs and the solutions, then
              dotnet run --project src/MlJudge.Cli -- generate {folder}
              dotnet run --project src/MlJudge.Cli -- validate {folder}
            """);
        return CommandLine.ExitAccepted;
    }

    private static void Write(string folder, string file, string text)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, file), text + "\n");
    }
}
