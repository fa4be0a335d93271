using MlJudge.Server.Problems;

namespace MlJudge.Server.Contests;

public sealed record ValidProblem(string ProblemId, int Points);

/// <summary>A contest request that passed every check: the only form the store accepts.</summary>
public sealed record ValidContest(
    string Title, string Description, IReadOnlyList<ValidProblem> Problems, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    DateTimeOffset? FreezeAt, ScoringMode Scoring, string? JoinCode, LatePolicy LatePolicy, decimal LateFactor, DateTimeOffset? LateUntil);

/// <summary>Checks a contest request field by field; every error names its field, for an RFC 7807 validation problem.</summary>
public static class ContestValidator
{
    public const int MaxProblems = 30;
    public const int MaxTitle = 120;
    public const int MaxDescription = 20_000;

    public static (ValidContest? Contest, Dictionary<string, string[]> Errors) Validate(ContestRequest request, ProblemCatalogService catalog)
    {
        var errors = new Dictionary<string, string[]>();
        var title = request.Title?.Trim() ?? "";
        if (title.Length is 0 or > MaxTitle || title.Any(char.IsControl))
            errors["title"] = [$"must be 1-{MaxTitle} characters without control characters"];
        var description = request.Description ?? "";
        if (description.Length > MaxDescription || description.Contains('\0'))
            errors["description"] = [$"must be at most {MaxDescription} characters without NUL"];

        var problems = new List<ValidProblem>();
        if (request.Problems is not { Count: > 0 and <= MaxProblems })
            errors["problems"] = [$"choose 1-{MaxProblems} problems"];
        else
        {
            for (var i = 0; i < request.Problems.Count; i++)
            {
                var p = request.Problems[i];
                if (p?.ProblemId is not { } id || catalog.Find(id) is null)
                    errors[$"problems[{i}].problemId"] = ["no such problem in the catalog"];
                else if (problems.Any(q => q.ProblemId == id))
                    errors[$"problems[{i}].problemId"] = ["listed twice"];
                else if (p.Points is not (> 0 and <= 10_000))
                    errors[$"problems[{i}].points"] = ["must be 1-10000"];
                else
                    problems.Add(new ValidProblem(id, p.Points.Value));
            }
        }

        if (request.StartsAt is null) errors["startsAt"] = ["required (UTC, ISO 8601)"];
        if (request.EndsAt is null) errors["endsAt"] = ["required (UTC, ISO 8601)"];
        else if (request.StartsAt is { } s && request.EndsAt <= s) errors["endsAt"] = ["must be after startsAt"];
        if (request.FreezeAt is { } freeze && (freeze < request.StartsAt || freeze > request.EndsAt))
            errors["freezeAt"] = ["must lie between startsAt and endsAt"];

        var scoring = request.Scoring ?? ScoringMode.Icpc;
        var late = request.LatePolicy ?? LatePolicy.None;
        var factor = request.LateFactor ?? (late == LatePolicy.Penalty ? 0.5m : 1m);
        if (late == LatePolicy.Penalty)
        {
            if (scoring != ScoringMode.Points) errors["latePolicy"] = ["late submissions with a penalty need points scoring"];
            if (factor is < 0 or > 1 || decimal.Round(factor, 3) != factor) errors["lateFactor"] = ["must be between 0 and 1 with at most 3 decimals"];
            if (request.LateUntil is not { } until) errors["lateUntil"] = ["required with a late policy: when late submissions stop"];
            else if (request.EndsAt is { } end && until <= end) errors["lateUntil"] = ["must be after endsAt"];
        }

        var code = string.IsNullOrWhiteSpace(request.JoinCode) ? null : request.JoinCode.Trim();
        if (code is not null && (code.Length > 64 || code.Any(char.IsControl)))
            errors["joinCode"] = ["must be at most 64 characters without control characters"];

        if (errors.Count > 0) return (null, errors);
        return (new ValidContest(title, description, problems, request.StartsAt!.Value, request.EndsAt!.Value, request.FreezeAt, scoring, code,
            late, late == LatePolicy.Penalty ? factor : 1m, late == LatePolicy.Penalty ? request.LateUntil : null), errors);
    }
}
