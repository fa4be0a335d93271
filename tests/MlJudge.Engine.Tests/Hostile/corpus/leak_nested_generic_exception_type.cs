// expect: RuntimeError
// why: an exception type spelled from the hidden input as nested generics (Leak<D3<Dot<D0<…>>>>) must not be named to the learner
public class Leak<T> : Exception { }
public class D0<T> { } public class D1<T> { } public class D2<T> { } public class D3<T> { } public class Dot<T> { }
public class Solution
{
    static void Spell<T>(string s, int i)
    {
        if (i == s.Length) throw new Leak<T>();
        switch (s[i]) { case '0': Spell<D0<T>>(s, i + 1); break; case '1': Spell<D1<T>>(s, i + 1); break; case '2': Spell<D2<T>>(s, i + 1); break; case '3': Spell<D3<T>>(s, i + 1); break; default: Spell<Dot<T>>(s, i + 1); break; }
    }
    public static double[] DoubleIt(double[] x) { Spell<int>(string.Join(",", x), 0); return x; }
}
