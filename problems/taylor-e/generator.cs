public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        yield return GeneratedTest.Sample("01-four-terms", 4);
        yield return GeneratedTest.Sample("02-ten-terms", 10);
        var hidden = new[] { 0, 1, 2, 3, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 20, 25, 30, 50, 100, 200 };
        for (var i = 0; i < hidden.Length; i++) yield return GeneratedTest.Hidden($"{3 + i:00}-terms-{hidden[i]}", hidden[i]);
    }
}
