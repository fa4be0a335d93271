// expect: WrongAnswer
// why: its own System.Environment cannot reach the real one
namespace System { public static class Environment { public static int ProcessorCount => 3; } }
public class Solution { public double[] DoubleIt(double[] x) => x.Select(v => v * System.Environment.ProcessorCount).ToArray(); }
