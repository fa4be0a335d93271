public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(17);
        yield return GeneratedTest.Sample("01-ninety-nine", 99L);
        yield return GeneratedTest.Sample("02-hundred", 100L);
        yield return GeneratedTest.Sample("03-long-max", long.MaxValue);
        var fixedCases = new long[]
        {
            0, 1, 2, 3, 4, 15, 16, 17, 1_000_000, 999_999_999_999,
            (1L << 62) - 1, 1L << 62, 3037000499L * 3037000499L, 3037000499L * 3037000499L - 1,
            1_000_000_007L * 1_000_000_007L, 1_000_000_007L * 1_000_000_007L - 1, 4_503_599_761_588_223L,
        };
        for (var i = 0; i < fixedCases.Length; i++) yield return GeneratedTest.Hidden($"{4 + i:00}-fixed-{i}", fixedCases[i]);
        for (var i = 0; i < 6; i++)
        {
            // A large perfect square minus one: where rounding the double square root goes wrong.
            var root = 2_000_000_000L + random.NextInt64(1_000_000_000L);
            yield return GeneratedTest.Hidden($"{21 + i:00}-square-minus-one-{i}", root * root - 1);
        }
        for (var i = 0; i < 4; i++) yield return GeneratedTest.Hidden($"{27 + i:00}-random-{i}", random.NextInt64(long.MaxValue));
    }
}
