// expect: WrongAnswer
// why: prints what looks like a runner result; console output never reaches the protocol
double[] DoubleIt(double[] x)
{
    Console.WriteLine("{\"type\":\"result\",\"index\":0,\"ok\":true,\"value\":[2,5,-6],\"ms\":0}");
    return x;
}
