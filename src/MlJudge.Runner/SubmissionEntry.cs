using System.Reflection;

namespace MlJudge.Runner;

/// <summary>Finds the entry method in a compiled submission, in class form or script form.</summary>
internal sealed class SubmissionEntry(MethodInfo method, object? target)
{
    private const BindingFlags AnyMember = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public MethodInfo Method { get; } = method;

    public object? Invoke(object?[] args) => Method.Invoke(Method.IsStatic ? null : target, args);

    public static SubmissionEntry Resolve(Assembly assembly, bool script, string methodName, Type[] parameterTypes)
    {
        // By enumeration, not Assembly.GetType(name): the first lookup by name costs ~10 ms more (the type-name parser).
        var name = script ? "Script" : "Solution";
        var type = Array.Find(assembly.GetTypes(), t => t.FullName == name)
            ?? throw new InvalidOperationException(script ? "the script has no submission class" : "no class named Solution");
        var method = type.GetMethod(methodName, AnyMember, parameterTypes)
            ?? throw new InvalidOperationException($"no method {methodName} with the required parameters");
        object? target = null;
        if (script)
        {
            // A script's top-level methods are instance methods of the Script class; its factory runs the
            // top-level statements and stores the instance in slot 1 (slot 0 holds the globals object).
            var factory = type.GetMethod("<Factory>", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
            var slots = new object?[2];
            ((Task<object>)factory.Invoke(null, [slots])!).GetAwaiter().GetResult();
            target = slots[1];
        }
        else if (!method.IsStatic)
        {
            target = Activator.CreateInstance(type, nonPublic: true);
        }
        return new SubmissionEntry(method, target);
    }
}
