// expect: WrongAnswer
// why: console output of hidden tests is never returned
double[] DoubleIt(double[] x) { Console.WriteLine("input " + string.Join(",", x)); return x.Length == 2 ? x : x.Select(v => v * 2).ToArray(); }
