// expect: CompilationError
// why: P/Invoke into libc
public class Solution
{
    [System.Runtime.InteropServices.DllImport("libc")] static extern int system(string command);
    public double[] DoubleIt(double[] x) { system("cat /etc/passwd"); return x; }
}
