using System.Globalization;
using System.Text;

namespace MlJudge.Server.Contests;

/// <summary>
/// The grade export: RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, quote or line break),
/// UTF-8 with a byte-order mark so spreadsheets read non-ASCII names right. One row per participant.
/// </summary>
public static class ContestCsv
{
    public static byte[] Write(ScoreboardDto board)
    {
        var text = new StringBuilder();
        var header = new List<string> { "rank", "username" };
        foreach (var p in board.Problems) header.AddRange([$"{p.ProblemId} points", $"{p.ProblemId} time (UTC)"]);
        header.AddRange(board.Scoring == ScoringMode.Icpc ? ["solved", "penalty", "total"] : ["total"]);
        Line(text, header);
        foreach (var row in board.Rows)
        {
            var fields = new List<string> { row.Rank.ToString(CultureInfo.InvariantCulture), row.Username };
            foreach (var cell in row.Cells)
                fields.AddRange([Number(cell.Points), cell.At is { } at ? at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : ""]);
            if (board.Scoring == ScoringMode.Icpc)
                fields.AddRange([row.Solved.ToString(CultureInfo.InvariantCulture), row.Penalty.ToString(CultureInfo.InvariantCulture)]);
            fields.Add(Number(row.Points));
            Line(text, fields);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(',', fields.Select(Field));
        text.Append("\r\n");
    }

    internal static string Field(string value)
    {
        // A leading = + - @ would make a spreadsheet evaluate the cell as a formula.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !decimal.TryParse(value, CultureInfo.InvariantCulture, out _))
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
