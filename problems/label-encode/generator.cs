public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(31);
        string[] Pick(int n, string[] pool) => Enumerable.Range(0, n).Select(_ => pool[random.Next(pool.Length)]).ToArray();
        GeneratedTest H(string name, string[] v) => GeneratedTest.Hidden(name, (object)v);
        yield return GeneratedTest.Sample("01-example", (object)new[] { "cat", "dog", "ant", "dog" });
        yield return GeneratedTest.Sample("02-sorted-already", (object)new[] { "a", "b", "c" });
        yield return H("03-empty", Array.Empty<string>());
        yield return H("04-single", new[] { "x" });
        yield return H("05-case", new[] { "b", "B", "a", "A" });
        yield return H("06-numbers-as-text", new[] { "10", "9", "2", "100" });
        yield return H("07-empty-string", new[] { "z", "", "a", "" });
        yield return H("08-unicode", new[] { "β", "α", "b", "A", "中" });
        yield return H("09-all-same", Enumerable.Repeat("same", 10).ToArray());
        for (var i = 0; i < 10; i++) yield return H($"{10 + i:00}-random-{i}", Pick(20 + 20 * i, Enumerable.Range(0, 3 + i).Select(k => $"{(char)('a' + (k * 7) % 26)}{k}").ToArray()));
        yield return H("20-many-classes", Pick(5000, Enumerable.Range(0, 500).Select(k => $"sku-{k * 37 % 1000}").ToArray()));
        yield return H("21-reverse", new[] { "d", "c", "b", "a" });
        yield return H("22-whitespace", new[] { " a", "a", "a ", "a" });
        // Beyond U+FFFF, UTF-16 order (surrogates 0xD800-0xDFFF) and code point order disagree with U+E000-U+FFFF.
        yield return H("23-astral-vs-fullwidth", new[] { "\uFF01", "\U0001F600", "a", "\uFF01", "\U0001F600" });
        yield return H("24-astral-vs-private-use", new[] { "x\U0001F600", "x\uE000", "x", "x\uFFFD", "x\U00010000" });
    }
}
