using MlJudge.Cli;
using MlJudge.Cli.Commands;

// mljudge: judge a file, validate problem folders, generate tests, scaffold a problem, map the seeds, benchmark the engine.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var arguments = new CommandLine(args);
try
{
    return arguments.Command switch
    {
        "judge" => await JudgeCommand.RunAsync(arguments, cancellation.Token),
        "validate" => await ValidateCommand.RunAsync(arguments, cancellation.Token),
        "generate" => await GenerateCommand.RunAsync(arguments, cancellation.Token),
        "new" => NewCommand.Run(arguments),
        "seeds" => SeedsCommand.Run(arguments),
        "diagnose-eval" => await DiagnoseEvalCommand.RunAsync(arguments, cancellation.Token),
        "bench" => await BenchCommand.RunAsync(arguments, cancellation.Token),
        "bench-compile" => await CompileBenchCommand.RunAsync(arguments, cancellation.Token),
        "loadtest" => await LoadTestCommand.RunAsync(arguments, cancellation.Token),
        _ => CommandLine.Usage(arguments.Command is null ? null : $"unknown command '{arguments.Command}'"),
    };
}
catch (UsageException e)
{
    return CommandLine.Usage(e.Message);
}
