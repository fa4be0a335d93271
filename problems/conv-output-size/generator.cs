public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(5);
        GeneratedTest H(string name, int h, int k, int s, int p, int d) => GeneratedTest.Hidden(name, h, k, s, p, d);
        yield return GeneratedTest.Sample("01-resnet-stem", 224, 7, 2, 3, 1);
        yield return GeneratedTest.Sample("02-same-padding", 32, 3, 1, 1, 1);
        yield return H("03-valid-3x3", 32, 3, 1, 0, 1);
        yield return H("04-1x1", 17, 1, 1, 0, 1);
        yield return H("05-stride-2-even", 64, 3, 2, 1, 1);
        yield return H("06-stride-2-odd", 65, 3, 2, 1, 1);
        yield return H("07-floor-drops-window", 10, 3, 4, 0, 1);
        yield return H("08-dilation-2", 32, 3, 1, 2, 2);
        yield return H("09-dilation-large", 100, 5, 1, 0, 10);
        yield return H("10-kernel-equals-input", 7, 7, 1, 0, 1);
        yield return H("11-kernel-too-big", 5, 7, 1, 0, 1);
        yield return H("12-padding-rescues", 5, 7, 1, 1, 1);
        yield return H("13-dilated-too-big", 9, 3, 1, 0, 5);
        yield return H("14-pooling-2x2", 28, 2, 2, 0, 1);
        yield return H("15-pooling-3x3-s2", 112, 3, 2, 1, 1);
        yield return H("16-large-input", 1_000_000, 11, 3, 5, 2);
        yield return H("17-large-dilation-product", 1_000_000, 1000, 1, 0, 1000);
        for (var i = 0; i < 8; i++)
            yield return H($"{18 + i:00}-random-{i}", random.Next(1, 500), random.Next(1, 12), random.Next(1, 5), random.Next(0, 6), random.Next(1, 4));
        // The kernel misses by less than one stride: the numerator is in (-s, 0), which C#'s `/` truncates to 0.
        yield return H("26-negative-numerator-stride-2", 6, 7, 2, 0, 1);
        yield return H("27-negative-numerator-dilated", 9, 4, 3, 0, 3);
        yield return H("28-negative-numerator-padded", 3, 8, 4, 1, 1);
        // d(k-1) = 999 999 000 000 overflows int (to a negative number, which makes the kernel "fit").
        yield return H("29-span-overflows-int", 1_000_000, 1_000_000, 1, 1_000_000, 1_000_000);
        yield return H("30-span-overflows-int-stride", 999_983, 65_537, 7, 3, 65_536);
    }
}
