using MlJudge.Engine.Judging;
using MlJudge.Engine.Problems;
using MlJudge.Engine.Tests.Support;

namespace MlJudge.Engine.Tests.Sandbox;

/// <summary>
/// Submissions built to smuggle hidden inputs out through every channel an outcome has: exception type names
/// (nested generics spelled from the input), exception messages, console output, the index of a wrong element,
/// a length, the time limit message. A hidden outcome's message must be one of the judge's own sentences.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class HiddenTestConfidentialityTests(EngineFixture fixture) : IDisposable
{
    private readonly ProblemFolderBuilder _folder = new();

    public void Dispose() => _folder.Dispose();

    // Everything a hidden test may say, written out here rather than taken from the engine.
    private static readonly HashSet<string?> Vocabulary =
    [
        null,
        "wrong answer",
        "wrong value",
        "wrong length",
        "wrong shape or type",
        "the result is much larger than expected",
        "threw an exception of a type defined in your code",
        "threw System.InvalidOperationException",
        "threw System.IndexOutOfRangeException",
        "threw System.OutOfMemoryException",
        "stack overflow (infinite or too deep recursion)",
        "the program was terminated",
        "exceeded the time limit of 1000 ms",
        "used more than 256 MB",
        "wrote more than 64 KiB to the console, or a result over 32 MiB",
        "the result is too large",
    ];

    public static TheoryData<string, string> Attacks() => new()
    {
        {
            "nested generic exception types spell the input",
            """
            public class Leak<T> : Exception { }
            public class D0<T> { } public class D1<T> { } public class D2<T> { } public class D3<T> { } public class Dot<T> { }
            public class Solution
            {
                static void Spell<T>(string s, int i)
                {
                    if (i == s.Length) throw new Leak<T>();
                    switch (s[i]) { case '0': Spell<D0<T>>(s, i + 1); break; case '1': Spell<D1<T>>(s, i + 1); break; case '2': Spell<D2<T>>(s, i + 1); break; default: Spell<Dot<T>>(s, i + 1); break; }
                }
                public static double[] DoubleIt(double[] x) { Spell<int>(string.Join(",", x), 0); return x; }
            }
            """
        },
        {
            "an exception message carries the input",
            "double[] DoubleIt(double[] x) => throw new InvalidOperationException(\"leak \" + string.Join(\",\", x) + \" \" + x.Length);"
        },
        {
            "an exception type of the submission's own",
            "public class Leak300Exception : Exception { }\ndouble[] DoubleIt(double[] x) => x.Length > 1 ? throw new Leak300Exception() : x.Select(v => v * 2).ToArray();"
        },
        {
            "a thrown OutOfMemoryException with the input as its message",
            "double[] DoubleIt(double[] x) => throw new OutOfMemoryException(string.Join(\",\", x));"
        },
        {
            "the index of a wrong element is derived from the input",
            "double[] DoubleIt(double[] x) { var r = x.Select(v => v * 2).ToArray(); if (r.Length > 0) r[(int)Math.Min(r.Length - 1, Math.Abs(Math.Log10(Math.Abs(x[0]) + 1)))] += 7; return r; }"
        },
        {
            "the length of a wrong result is derived from the input",
            "double[] DoubleIt(double[] x) => new double[x.Length * 37 + (int)Math.Min(1000, Math.Abs(Math.Log10(Math.Abs(x.FirstOrDefault()) + 1)))];"
        },
        {
            "the shape of a wrong result is derived from the input",
            "double[] DoubleIt(double[] x) => x.Length == 0 ? new double[] { 1 } : x.Select(v => v * 3).ToArray();"
        },
        {
            "console output and an index out of range carry the input",
            "double[] DoubleIt(double[] x) { Console.WriteLine(\"leak \" + string.Join(\",\", x)); return new[] { x[x.Length + 300] }; }"
        },
        {
            "a result far larger than expected, sized from the input",
            "double[] DoubleIt(double[] x) => new double[2_000_000 + x.Length];"
        },
        {
            "a time taken that depends on the input",
            "double[] DoubleIt(double[] x) { if (x.Length == 2) while (true) { } return x.Select(v => v * 2).ToArray(); }"
        },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Hidden_test_messages_come_only_from_the_judges_fixed_vocabulary(string attack, string source)
    {
        var result = await fixture.Engine.JudgeAsync(ProblemLoader.Load(_folder.Folder), source, JudgeMode.Full, null, CancellationToken.None);

        var hidden = result.Tests.Where(t => !t.IsSample).ToList();
        Assert.True(hidden.Count > 0, $"{attack}: no hidden test ran ({result.Verdict}: {result.Message})");
        foreach (var test in hidden)
        {
            Assert.True(Vocabulary.Contains(test.Message), $"{attack}: hidden test {test.Name} said \"{test.Message}\"");
            Assert.Null(test.Input);
            Assert.Null(test.Expected);
            Assert.Null(test.Got);
            Assert.Null(test.Stdout);
            Assert.Null(test.Mismatches);
        }
        if (result.Tests.Count > 0 && !result.Tests[^1].IsSample) Assert.True(Vocabulary.Contains(result.Message), $"{attack}: the result said \"{result.Message}\"");
    }

    [Fact]
    public async Task A_sample_keeps_the_exception_type_and_message_while_a_hidden_test_names_only_a_framework_type()
    {
        var result = await fixture.Engine.JudgeAsync(ProblemLoader.Load(_folder.Folder),
            "public class MyOwnException(string m) : Exception(m) { }\ndouble[] DoubleIt(double[] x) => x.Length == 3 ? throw new MyOwnException(\"three\") : throw new ArgumentException(\"n=\" + x.Length);",
            JudgeMode.Full, null, CancellationToken.None);

        Assert.Contains("MyOwnException: three", result.Tests[0].Message);
        Assert.Equal("threw System.ArgumentException", result.Tests[1].Message);
    }
}
