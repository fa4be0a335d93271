// expect: CompilationError
// why: constant folding doubles a string 40 times
public class Solution
{
    const string C0 = "0123456789abcdef";
    const string C1 = C0 + C0;
    const string C2 = C1 + C1;
    const string C3 = C2 + C2;
    const string C4 = C3 + C3;
    const string C5 = C4 + C4;
    const string C6 = C5 + C5;
    const string C7 = C6 + C6;
    const string C8 = C7 + C7;
    const string C9 = C8 + C8;
    const string C10 = C9 + C9;
    const string C11 = C10 + C10;
    const string C12 = C11 + C11;
    const string C13 = C12 + C12;
    const string C14 = C13 + C13;
    const string C15 = C14 + C14;
    const string C16 = C15 + C15;
    const string C17 = C16 + C16;
    const string C18 = C17 + C17;
    const string C19 = C18 + C18;
    const string C20 = C19 + C19;
    const string C21 = C20 + C20;
    const string C22 = C21 + C21;
    const string C23 = C22 + C22;
    const string C24 = C23 + C23;
    const string C25 = C24 + C24;
    const string C26 = C25 + C25;
    const string C27 = C26 + C26;
    const string C28 = C27 + C27;
    const string C29 = C28 + C28;
    const string C30 = C29 + C29;
    const string C31 = C30 + C30;
    const string C32 = C31 + C31;
    const string C33 = C32 + C32;
    const string C34 = C33 + C33;
    const string C35 = C34 + C34;
    const string C36 = C35 + C35;
    const string C37 = C36 + C36;
    const string C38 = C37 + C37;
    const string C39 = C38 + C38;
    const string C40 = C39 + C39;
    public double[] DoubleIt(double[] x) => C40.Length > 0 ? x : x;
}
