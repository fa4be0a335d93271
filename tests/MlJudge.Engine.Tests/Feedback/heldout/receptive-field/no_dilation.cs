// problem: receptive-field
// expect: ignores-dilation
// Uses the raw kernel k as the span (dilation column never read); strides and jumps handled correctly in 64-bit.
long[][] ReceptiveField(int[][] layers)
{
    var res = new List<long[]>();
    long rf = 1, jump = 1;
    foreach (var layer in layers)
    {
        rf = rf + (long)(layer[0] - 1) * jump;
        jump = jump * layer[1];
        res.Add(new[] { rf, jump });
    }
    return res.ToArray();
}
