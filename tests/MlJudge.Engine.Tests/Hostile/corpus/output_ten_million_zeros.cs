// expect: WrongAnswer
// why: 20 MB of result, under the reply cap: the judge keeps only what the expected value could need and never parses the rest
double[] DoubleIt(double[] x) => new double[10_000_000];
