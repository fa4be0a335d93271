public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(3030);
        string[] Pick(int n, string[] pool) => Enumerable.Range(0, n).Select(_ => pool[random.Next(pool.Length)]).ToArray();
        GeneratedTest H(string name, string[] values) => GeneratedTest.Hidden(name, (object)values);
        var colours = new[] { "red", "green", "blue", "yellow", "black", "white" };
        yield return GeneratedTest.Sample("01-example", (object)new[] { "red", "green", "red", "blue" });
        yield return GeneratedTest.Sample("02-single-category", (object)new[] { "x", "x" });
        yield return H("03-empty", Array.Empty<string>());
        yield return H("04-one-value", new[] { "only" });
        yield return H("05-case-matters", new[] { "a", "B", "b", "A" });
        yield return H("06-empty-string-category", new[] { "", "z", "", "a" });
        yield return H("07-digits-sort-as-text", new[] { "10", "9", "100", "1" });
        yield return H("08-unicode", new[] { "猫", "dog", "猫", "Dog", "é", "e" });
        yield return H("09-whitespace-distinct", new[] { "a", "a ", " a", "a" });
        yield return H("10-already-sorted", new[] { "a", "b", "c", "d" });
        for (var i = 0; i < 6; i++) yield return H($"{11 + i:00}-random-colours-{i}", Pick(10 + 10 * i, colours));
        for (var i = 0; i < 4; i++) yield return H($"{17 + i:00}-random-codes-{i}", Pick(50, Enumerable.Range(0, 5 + 5 * i).Select(k => $"C{k:X}").ToArray()));
        yield return H("21-many-categories", Pick(2000, Enumerable.Range(0, 150).Select(k => $"item-{k}").ToArray()));
        yield return H("22-mixed-case-codes", Pick(100, new[] { "ab", "Ab", "aB", "AB", "a", "A" }));
        // Beyond U+FFFF, UTF-16 order (surrogates 0xD800-0xDFFF) and code point order disagree with U+E000-U+FFFF.
        yield return H("23-astral-vs-fullwidth", new[] { "\uFF01", "\U0001F600", "a", "\uFF01", "\U0001F600" });
        yield return H("24-astral-vs-private-use", new[] { "x\U0001F600", "x\uE000", "x", "x\uFFFD", "x\U00010000" });
    }
}
