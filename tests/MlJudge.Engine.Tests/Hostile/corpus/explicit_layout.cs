// expect: CompilationError
// why: overlapping fields defeat type safety
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)]
struct Overlay { [System.Runtime.InteropServices.FieldOffset(0)] public object O; [System.Runtime.InteropServices.FieldOffset(0)] public double[] D; }
public class Solution { public double[] DoubleIt(double[] x) => x; }
