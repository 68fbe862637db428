using System.Globalization;
using CsvHelper;

namespace Paaroerende.Core.Feedback;

/// <summary>
/// The feedback figures as a CSV file for Danish Excel (semicolons, decimal commas, UTF-8 with a byte order mark): per
/// unit (or the whole municipality) a line for the twelve months together and one per month. Aggregates only: no
/// person, no citizen, no free text, and a figure resting on fewer than five answers is written "For få svar" like on
/// the page (docs/adr/0037).
/// </summary>
public static class FeedbackCsv
{
    public const string TooFewAnswers = "For få svar";
    public const string WholePeriod = "12 måneder";

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>Excel runs a cell that starts with one of these as a formula (CSV injection).</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static readonly IReadOnlyList<string> Columns =
    [
        "Enhed", "Periode", "Antal svar", "Information", "Lyttet til", "Inddragelse", "Kontakten med personalet",
        "Alle temaer", "Åbne", "Median dage til svar",
    ];

    public static byte[] Write(IEnumerable<(string Name, FeedbackReport Report)> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        using var buffer = new MemoryStream();
        var options = new CsvWriterOptions { Separator = ';', NewLine = "\r\n", WriteByteOrderMark = true, Injection = CsvInjection.None };
        using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            csv.WriteRecord([.. Columns]);
            foreach (var (name, report) in reports)
            {
                var safeName = name.Length > 0 && FormulaStarts.Contains(name[0]) ? "'" + name : name;
                csv.WriteRecord(
                [
                    safeName, WholePeriod, Count(report.Answers), .. report.Themes.Select(t => Average(t.Average)),
                    Average(report.Overall), Count(report.Open), Average(report.MedianDaysToAnswer),
                ]);
                foreach (var month in report.Months)
                {
                    csv.WriteRecord(
                    [
                        safeName, month.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), Count(month.Answers),
                        .. month.Themes.Select(Average), Average(month.Overall), "", "",
                    ]);
                }
            }
        }

        return buffer.ToArray();
    }

    private static string Count(Suppressed<int> figure) =>
        figure.IsShown ? figure.Value.ToString(CultureInfo.InvariantCulture) : TooFewAnswers;

    private static string Average(Suppressed<double> figure) =>
        figure.IsShown ? figure.Value.ToString("0.0", Danish) : TooFewAnswers;
}
