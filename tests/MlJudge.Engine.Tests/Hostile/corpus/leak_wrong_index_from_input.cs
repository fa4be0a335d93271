// expect: WrongAnswer
// why: the index of the first wrong element is chosen from the hidden input, so a hidden message must not name it
double[] DoubleIt(double[] x)
{
    var r = x.Select(v => v * 2).ToArray();
    if (r.Length == 2) r[x[0] > 1e299 ? 1 : 0] += 1;
    return r;
}
