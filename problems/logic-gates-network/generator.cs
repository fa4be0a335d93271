// Truth tables: entry k is f(x) with x_j = bit j of k. Asymmetric functions (single inputs, multiplexer,
// weighted thresholds, random tables) catch a reversed bit order; XOR-like ones catch a bare perceptron;
// constant-0 tables catch an empty hidden layer.
public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(20240603);
        int[] Table(int n, Func<int, bool> f) => Enumerable.Range(0, 1 << n).Select(k => f(k) ? 1 : 0).ToArray();
        int Bit(int k, int j) => (k >> j) & 1;
        int Ones(int k) => System.Numerics.BitOperations.PopCount((uint)k);
        int[] RandomTable(int n, double density) => Enumerable.Range(0, 1 << n).Select(_ => random.NextDouble() < density ? 1 : 0).ToArray();
        var number = 4;
        GeneratedTest H(string name, int n, int[] table) => GeneratedTest.Hidden($"{number++:00}-{name}", n, table);

        yield return GeneratedTest.Sample("01-and", 2, new[] { 0, 0, 0, 1 });
        yield return GeneratedTest.Sample("02-xor", 2, new[] { 0, 1, 1, 0 });
        yield return GeneratedTest.Sample("03-not", 1, new[] { 1, 0 });

        // All 16 functions of two inputs: f's table entry k is bit k of the function number.
        for (var f = 0; f < 16; f++)
        {
            var fn = f;
            yield return H($"two-inputs-f{f:00}", 2, Table(2, k => (fn >> k & 1) == 1));
        }
        yield return H("identity-n1", 1, new[] { 0, 1 });
        yield return H("constant-0-n1", 1, new[] { 0, 0 });
        yield return H("constant-1-n1", 1, new[] { 1, 1 });
        yield return H("constant-0-n3", 3, Table(3, _ => false));
        yield return H("constant-1-n5", 5, Table(5, _ => true));
        yield return H("constant-0-n8", 8, Table(8, _ => false));
        yield return H("constant-1-n8", 8, Table(8, _ => true));
        for (var n = 3; n <= 8; n++) yield return H($"parity-n{n}", n, Table(n, k => Ones(k) % 2 == 1));
        yield return H("even-parity-n4", 4, Table(4, k => Ones(k) % 2 == 0));
        foreach (var n in new[] { 3, 5, 7 }) yield return H($"majority-n{n}", n, Table(n, k => 2 * Ones(k) > n));
        yield return H("first-input-n6", 6, Table(6, k => Bit(k, 0) == 1));
        yield return H("last-input-n6", 6, Table(6, k => Bit(k, 5) == 1));
        yield return H("first-input-n8", 8, Table(8, k => Bit(k, 0) == 1));
        yield return H("not-last-input-n3", 3, Table(3, k => Bit(k, 2) == 0));
        var single = random.Next(1 << 7);
        yield return H("single-true-row-n7", 7, Table(7, k => k == single));
        var hole = random.Next(1 << 7);
        yield return H("single-false-row-n7", 7, Table(7, k => k != hole));
        yield return H("and-n8", 8, Table(8, k => k == 255));
        yield return H("or-n8", 8, Table(8, k => k != 0));
        yield return H("multiplexer-n3", 3, Table(3, k => Bit(k, 2) == 1 ? Bit(k, 1) == 1 : Bit(k, 0) == 1));
        yield return H("x0-xor-x3-n4", 4, Table(4, k => (Bit(k, 0) ^ Bit(k, 3)) == 1));
        yield return H("weighted-threshold-n6", 6, Table(6, k => 5 * Bit(k, 0) + 3 * Bit(k, 1) + 2 * Bit(k, 2) + Bit(k, 3) + Bit(k, 4) - 2 * Bit(k, 5) > 4));
        yield return H("first-two-inputs-n5", 5, Table(5, k => Bit(k, 0) == 1 && Bit(k, 1) == 0));
        foreach (var n in new[] { 5, 6, 7, 8 })
        {
            yield return H($"random-n{n}-a", n, RandomTable(n, 0.5));
            yield return H($"random-n{n}-b", n, RandomTable(n, 0.3 + 0.4 * random.NextDouble()));
        }
        yield return H("random-sparse-n8", 8, RandomTable(8, 0.05));
        yield return H("random-dense-n8", 8, RandomTable(8, 0.95));
        yield return H("random-n4", 4, RandomTable(4, 0.5));
        yield return H("random-n3", 3, RandomTable(3, 0.5));
    }
}
