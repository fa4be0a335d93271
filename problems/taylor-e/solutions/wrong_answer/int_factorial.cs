// Computes k! in an int, which overflows from 13! on.
double TaylorE(int terms)
{
    var sum = 0.0;
    for (var k = 0; k < terms; k++)
    {
        var factorial = 1;
        for (var j = 2; j <= k; j++) factorial *= j;
        sum += 1.0 / factorial;
    }
    return sum;
}
