double CrossEntropy(double[][] logits, int[] labels)
{
    var total = 0.0;
    for (var i = 0; i < logits.Length; i++)
    {
        var row = logits[i];
        var m = row.Max();
        total += m + Math.Log(row.Sum(z => Math.Exp(z - m))) - row[labels[i]];
    }
    return total / logits.Length;
}
