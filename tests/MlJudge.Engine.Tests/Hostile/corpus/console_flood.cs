// expect: OutputLimitExceeded
// why: writes without end
double[] DoubleIt(double[] x) { while (true) Console.WriteLine("spam spam spam spam spam"); }
