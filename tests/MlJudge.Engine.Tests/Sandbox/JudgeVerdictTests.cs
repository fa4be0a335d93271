using MlJudge.Engine.Judging;
using MlJudge.Engine.Problems;
using MlJudge.Engine.Tests.Support;

namespace MlJudge.Engine.Tests.Sandbox;

/// <summary>Real submissions through the real compile host and sandboxed runners.</summary>
[Collection(EngineCollection.Name)]
public sealed class JudgeVerdictTests(EngineFixture fixture) : IDisposable
{
    private readonly ProblemFolderBuilder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<JudgeResult> Judge(string source, JudgeMode mode = JudgeMode.Full) =>
        fixture.Engine.JudgeAsync(ProblemLoader.Load(_folder.Folder), source, mode, null, CancellationToken.None);

    [Fact]
    public async Task A_correct_script_form_submission_is_accepted_test_by_test()
    {
        var result = await Judge("double[] DoubleIt(double[] x) => x.Select(v => v * 2).ToArray();");
        Assert.Equal(Verdict.Accepted, result.Verdict);
        Assert.Equal(["01-small", "02-empty", "03-large"], result.Tests.Select(t => t.Name));
        Assert.All(result.Tests, t => Assert.Equal(Verdict.Accepted, t.Verdict));
        Assert.StartsWith("bubblewrap", result.Isolation);
    }

    [Fact]
    public async Task A_correct_class_form_submission_with_an_instance_method_is_accepted()
    {
        var result = await Judge("public class Solution { private readonly double _k = 2; public double[] DoubleIt(double[] x) => x.Select(v => v * _k).ToArray(); }");
        Assert.Equal(Verdict.Accepted, result.Verdict);
    }

    [Fact]
    public async Task A_wrong_answer_names_the_test_and_samples_carry_input_expected_and_got()
    {
        var result = await Judge("double[] DoubleIt(double[] x) => x.Select(v => v * 2 + (v < 0 ? 1 : 0)).ToArray();");
        Assert.Equal(Verdict.WrongAnswer, result.Verdict);
        var first = result.Tests[0];
        Assert.Equal(Verdict.WrongAnswer, first.Verdict);
        Assert.Contains("element [2]", first.Message);
        Assert.NotNull(first.Input);
        Assert.Equal("[2,5,-6]", first.Expected!.ToJsonString());
        Assert.Equal("[2,5,-5]", first.Got!.ToJsonString());
    }

    [Fact]
    public async Task A_sample_reports_which_elements_mismatch_and_a_hidden_test_never_does()
    {
        // Wrong exactly where the input is negative: sample element [2], hidden 03-large element [1].
        var result = await Judge("double[] DoubleIt(double[] x) => x.Select(v => v * 2 + (v < 0 ? 1 : 0)).ToArray();");
        var sample = result.Tests[0];
        Assert.Equal([2], Assert.Single(sample.Mismatches!.Got));
        Assert.Equal([2], Assert.Single(sample.Mismatches.Expected));
        var hidden = Assert.Single(result.Tests, t => t.Name == "03-large");
        Assert.Equal(Verdict.WrongAnswer, hidden.Verdict);
        Assert.Null(hidden.Mismatches);
    }

    [Fact]
    public async Task Hidden_failures_never_reveal_inputs_expected_values_or_output()
    {
        // Exception messages and console output are classic exfiltration channels for hidden inputs.
        var result = await Judge("""
            double[] DoubleIt(double[] x)
            {
                Console.WriteLine("leak " + string.Join(",", x));
                if (x.Length == 2) throw new InvalidOperationException("leak " + string.Join(",", x));
                return x;
            }
            """);
        var hidden = result.Tests.Where(t => !t.IsSample).ToList();
        Assert.NotEmpty(hidden);
        foreach (var test in hidden)
        {
            Assert.Null(test.Input);
            Assert.Null(test.Expected);
            Assert.Null(test.Got);
            Assert.Null(test.Stdout);
            Assert.DoesNotContain("1E+300", test.Message ?? "", StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("leak", test.Message ?? "");
        }
        Assert.Equal("threw System.InvalidOperationException", hidden.Single(t => t.Name == "03-large").Message);
    }

    [Fact]
    public async Task An_unhandled_exception_is_a_runtime_error_naming_its_type()
    {
        var result = await Judge("double[] DoubleIt(double[] x) => new[] { x[5] };");
        Assert.Equal(Verdict.RuntimeError, result.Verdict);
        Assert.StartsWith("System.IndexOutOfRangeException", result.Tests[0].Message);
    }

    [Fact]
    public async Task An_infinite_loop_is_killed_as_time_limit_exceeded()
    {
        var result = await Judge("double[] DoubleIt(double[] x) { while (true) { } }");
        Assert.Equal(Verdict.TimeLimitExceeded, result.Verdict);
        Assert.Equal(2, result.Skipped);
    }

    [Fact]
    public async Task An_infinite_loop_in_a_static_constructor_is_time_limit_exceeded()
    {
        var result = await Judge("""
            public class Solution
            {
                static readonly int Seed = Spin();
                static int Spin() { var i = 0; while (true) i++; }
                public static double[] DoubleIt(double[] x) => x.Select(v => v * Seed).ToArray();
            }
            """);
        Assert.Equal(Verdict.TimeLimitExceeded, result.Verdict);
    }

    [Fact]
    public async Task A_memory_hog_is_memory_limit_exceeded()
    {
        var result = await Judge("double[] DoubleIt(double[] x) { var keep = new List<double[]>(); while (true) keep.Add(new double[1 << 20]); }");
        Assert.Equal(Verdict.MemoryLimitExceeded, result.Verdict);
    }

    [Fact]
    public async Task Catching_OutOfMemoryException_and_answering_correctly_is_still_memory_limit_exceeded()
    {
        var result = await Judge("""
            double[] DoubleIt(double[] x)
            {
                try { var keep = new List<double[]>(); while (true) keep.Add(new double[1 << 20]); }
                catch (OutOfMemoryException) { }
                return x.Select(v => v * 2).ToArray();
            }
            """);
        Assert.Equal(Verdict.MemoryLimitExceeded, result.Verdict);
    }

    [Theory]
    [InlineData("throw new OutOfMemoryException();")]
    [InlineData("throw new OutOfMemoryException(\"pretend\");")]
    [InlineData("throw new InsufficientMemoryException();")]
    public async Task An_out_of_memory_exception_the_submission_throws_itself_is_a_runtime_error(string statement)
    {
        var result = await Judge($"double[] DoubleIt(double[] x) {{ {statement} }}");
        Assert.Equal(Verdict.RuntimeError, result.Verdict);
        Assert.Contains("Memory", result.Tests[0].Message);
    }

    [Fact]
    public async Task A_huge_array_is_memory_limit_exceeded()
    {
        var result = await Judge("double[] DoubleIt(double[] x) { var a = new double[int.MaxValue / 2]; a[^1] = 1; return x; }");
        Assert.Equal(Verdict.MemoryLimitExceeded, result.Verdict);
    }

    [Fact]
    public async Task Unbounded_recursion_is_a_stack_overflow_runtime_error_and_the_judge_survives()
    {
        var result = await Judge("int Down(int n) => Down(n + 1) + 1;\ndouble[] DoubleIt(double[] x) { Down(0); return x; }");
        Assert.Equal(Verdict.RuntimeError, result.Verdict);
        Assert.Contains("StackOverflow", result.Tests[0].Message);
        Assert.Equal(Verdict.Accepted, (await Judge("double[] DoubleIt(double[] x) => x.Select(v => v * 2).ToArray();")).Verdict);
    }

    [Fact]
    public async Task A_huge_stackalloc_is_a_runtime_error_not_a_crashed_judge()
    {
        var result = await Judge("double[] DoubleIt(double[] x) { Span<double> s = stackalloc double[100_000_000]; s[0] = 1; var k = s[0]; return x.Select(v => v * 2 * k).ToArray(); }");
        Assert.Equal(Verdict.RuntimeError, result.Verdict);
    }

    [Fact]
    public async Task A_legitimately_deep_recursion_passes()
    {
        var result = await Judge("int Depth(int n) => n == 0 ? 0 : Depth(n - 1) + 1;\ndouble[] DoubleIt(double[] x) { var one = Depth(200_000) / 200_000; return x.Select(v => v * 2 * one).ToArray(); }");
        Assert.Equal(Verdict.Accepted, result.Verdict);
    }

    [Fact]
    public async Task A_console_flood_is_output_limit_exceeded()
    {
        var result = await Judge("double[] DoubleIt(double[] x) { while (true) Console.WriteLine(\"spam spam spam\"); }");
        Assert.Equal(Verdict.OutputLimitExceeded, result.Verdict);
    }

    [Fact]
    public async Task Ten_million_zeros_are_a_wrong_answer_the_judge_does_not_parse()
    {
        // 20 MB of JSON, under the 32 MiB reply cap: the judge keeps only what the expected value could need.
        var result = await Judge("double[] DoubleIt(double[] x) => new double[10_000_000];");
        Assert.Equal(Verdict.WrongAnswer, result.Verdict);
        Assert.Equal(Verdict.WrongAnswer, result.Tests[0].Verdict);
        Assert.Null(result.Tests[0].Got);
        Assert.Contains("far more than the expected value needs", result.Tests[0].Message);
        Assert.Equal("wrong length", result.Tests[^1].Message);
    }

    [Fact]
    public async Task Sixteen_million_doubles_stream_out_of_the_runner_and_are_output_limit_exceeded()
    {
        // About 300 MB of JSON: the runner must stop at the reply cap, not buffer it whole (memory) or take all night (time).
        // A generous time limit: filling 128 MB on a loaded machine must not turn this into a time verdict.
        using var slow = new ProblemFolderBuilder(timeMs: 15_000);
        var result = await fixture.Engine.JudgeAsync(ProblemLoader.Load(slow.Folder),
            "double[] DoubleIt(double[] x) { var r = new double[16_000_000]; Array.Fill(r, 1.0 / 3); return r; }", JudgeMode.Full, null, CancellationToken.None);
        Assert.Equal(Verdict.OutputLimitExceeded, result.Verdict);
    }

    [Fact]
    public async Task A_result_with_more_elements_than_expected_is_a_wrong_length_for_hidden_tests()
    {
        var result = await Judge("double[] DoubleIt(double[] x) => x.Select(v => v * 2).Concat(new double[] { 0 }).ToArray();");
        Assert.Equal(Verdict.WrongAnswer, result.Verdict);
        Assert.All(result.Tests.Where(t => !t.IsSample), t => Assert.Equal("wrong length", t.Message));
    }

    [Fact]
    public async Task Console_output_of_sample_tests_is_returned_for_debugging()
    {
        var result = await Judge("double[] DoubleIt(double[] x) { Console.Write($\"n={x.Length}\"); return x.Select(v => v * 2).ToArray(); }", JudgeMode.Samples);
        Assert.Equal("n=3", Assert.Single(result.Tests).Stdout);
    }

    [Fact]
    public async Task A_compilation_error_reports_diagnostics_and_runs_no_test()
    {
        var result = await Judge("double[] DoubleIt(double[] x) { return x }");
        Assert.Equal(Verdict.CompilationError, result.Verdict);
        Assert.Empty(result.Tests);
        Assert.Equal(1, Assert.Single(result.Diagnostics).Line);
    }

    [Fact]
    public async Task Twenty_thousand_nested_parentheses_are_a_compilation_error_and_the_next_submission_compiles()
    {
        var bomb = "double[] DoubleIt(double[] x) { var a = " + new string('(', 20_000) + "1" + new string(')', 20_000) + "; return x; }";
        Assert.Equal(Verdict.CompilationError, (await Judge(bomb)).Verdict);
        Assert.Equal(Verdict.Accepted, (await Judge("double[] DoubleIt(double[] x) => x.Select(v => v * 2).ToArray();")).Verdict);
    }

    [Fact]
    public async Task A_constant_string_doubling_bomb_is_a_compilation_error_and_the_compiler_recovers()
    {
        var constants = string.Concat(Enumerable.Range(1, 40).Select(i => $"const string C{i} = C{i - 1} + C{i - 1};\n"));
        var bomb = $"public class Solution {{\nconst string C0 = \"0123456789abcdef\";\n{constants}public double[] DoubleIt(double[] x) => C40.Length > 0 ? x : x;\n}}";
        var result = await Judge(bomb);
        Assert.Equal(Verdict.CompilationError, result.Verdict);
        Assert.Equal(Verdict.Accepted, (await Judge("double[] DoubleIt(double[] x) => x.Select(v => v * 2).ToArray();")).Verdict);
    }

    [Fact]
    public async Task Exponential_overload_binding_is_stopped_at_the_compile_time_limit_and_the_next_submission_compiles()
    {
        // Seven nested lambdas pass the source screen (it refuses more than eight); twelve overloads make that 12^7 bindings.
        var nested = "0";
        for (var i = 0; i < 7; i++) nested = $"M(a{i} => {nested})";
        var overloads = string.Concat(Enumerable.Range(0, 12).Select(i => $" struct T{i} {{ }} static int M(Func<T{i}, int> f) => 0;\n"));
        var bomb = $"public class Solution {{\n{overloads} public double[] DoubleIt(double[] x) {{ var r = {nested}; return x; }}\n}}";
        var result = await Judge(bomb);
        Assert.Equal(Verdict.CompilationError, result.Verdict);
        Assert.Contains("compilation took longer", result.Message);
        Assert.Equal(Verdict.Accepted, (await Judge("double[] DoubleIt(double[] x) => x.Select(v => v * 2).ToArray();")).Verdict);
    }

    [Fact]
    public async Task Observers_see_the_phases_and_every_test_in_order()
    {
        var observer = new RecordingObserver();
        var result = await fixture.Engine.JudgeAsync(ProblemLoader.Load(_folder.Folder), "double[] DoubleIt(double[] x) => x.Select(v => v * 2).ToArray();", JudgeMode.Full, observer, CancellationToken.None);
        Assert.Equal(Verdict.Accepted, result.Verdict);
        Assert.Equal(["phase Compiling 3", "phase Running 3", "test 0 01-small Accepted", "test 1 02-empty Accepted", "test 2 03-large Accepted"], observer.Events);
    }

    private sealed class RecordingObserver : IJudgeObserver
    {
        public List<string> Events { get; } = [];

        public ValueTask OnPhaseAsync(JudgePhase phase, int totalTests, CancellationToken cancellationToken)
        {
            Events.Add($"phase {phase} {totalTests}");
            return ValueTask.CompletedTask;
        }

        public ValueTask OnTestAsync(TestOutcome outcome, CancellationToken cancellationToken)
        {
            Events.Add($"test {outcome.Index} {outcome.Name} {outcome.Verdict}");
            return ValueTask.CompletedTask;
        }
    }
}
