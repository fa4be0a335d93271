using System.Text;
using System.Text.Json;
using MlJudge.Engine.Compilation;

// The compile host: a long-lived process that compiles untrusted source, one request per line on stdin,
// one response per line on stdout. The judge kills and replaces it when a compile runs too long or it dies
// (Roslyn can overflow its stack on pathological nesting, or exhaust memory on constant folding).
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
var compiler = new SubmissionCompiler();
using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), false, 1 << 16);
var output = Console.OpenStandardOutput();

// Warm Roslyn up (binding, emit and the policy walk) so the first real submission compiles at full speed.
for (var i = 0; i < 3; i++)
{
    compiler.Compile(new CompileRequest(0, "double[] F(double[] x) => x.Select(v => Math.Exp(v)).ToArray();", "F", ["double[]"], ["x"], "double[]"));
    compiler.Compile(new CompileRequest(0, "public class Solution { public int F(int[] a) { var s = new List<int>(a); return s.Sum(); } }", "F", ["int[]"], ["a"], "int"));
}
Send(new CompileResponse(0, true, false, null, [], "ready", 0));

while (input.ReadLine() is { } line)
{
    var request = JsonSerializer.Deserialize<CompileRequest>(line, json)!;
    CompileResponse response;
    try
    {
        response = compiler.Compile(request);
    }
    catch (Exception e) when (e is not OutOfMemoryException)
    {
        response = CompileResponse.Failure(request.Id, $"the compiler failed: {e.GetType().Name}");
    }
    Send(response);
}

void Send(CompileResponse response)
{
    JsonSerializer.Serialize(output, response, json);
    output.WriteByte((byte)'\n');
    output.Flush();
}
