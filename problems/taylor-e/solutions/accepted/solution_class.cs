// Horner-style nesting from the last term: 1 + 1/1 (1 + 1/2 (1 + 1/3 (...))), summing small terms first.
public class Solution
{
    public static double TaylorE(int terms)
    {
        if (terms == 0) return 0;
        var value = 1.0;
        for (var k = terms - 1; k >= 1; k--) value = 1 + value / k;
        return value;
    }
}
