using System.Globalization;
using Paaroerende.Core.Feedback;

namespace Paaroerende.Web.Feedback;

/// <summary>
/// One report as the partial _FeedbackReport draws it: two server-rendered SVG charts (averages per theme, the trend per
/// month), each followed by its table, which is the charts' text alternative. <paramref name="Key"/> makes the ids unique
/// when a page shows several reports.
/// </summary>
public sealed record FeedbackReportView(string Key, string Name, FeedbackReport Report)
{
    public const int Width = 640;
    public const int BarLabelWidth = 270;
    public const int BarRowHeight = 48;
    public const int BarTop = 16;
    public const int BarMaxWidth = 300;

    public const int TrendLeft = 44;
    public const int TrendRight = 616;
    public const int TrendTop = 16;
    public const int TrendBottom = 210;
    public const int TrendHeight = 256;

    public int BarChartHeight => BarTop + (Report.Themes.Count * BarRowHeight) + 28;

    public static double BarWidth(double average) => average / FeedbackScale.Highest * BarMaxWidth;

    public static double BarX(double rating) => BarLabelWidth + BarWidth(rating);

    public double MonthX(int index) => TrendLeft + (index * (TrendRight - TrendLeft) / (double)(Report.Months.Count - 1));

    public static double RatingY(double rating) =>
        TrendBottom - ((rating - FeedbackScale.Lowest) / (FeedbackScale.Highest - FeedbackScale.Lowest) * (TrendBottom - TrendTop));

    /// <summary>The trend line in runs of months with figures: a month with too few answers breaks the line.</summary>
    public IReadOnlyList<string> TrendRuns()
    {
        var runs = new List<string>();
        var current = new List<string>();
        for (var i = 0; i < Report.Months.Count; i++)
        {
            if (Report.Months[i].Overall is { IsShown: true } figure)
            {
                current.Add(Point(MonthX(i), RatingY(figure.Value)));
            }
            else if (current.Count > 0)
            {
                runs.Add(string.Join(' ', current));
                current = [];
            }
        }

        if (current.Count > 0)
        {
            runs.Add(string.Join(' ', current));
        }

        return runs;
    }

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Point(double x, double y) => $"{Number(x)},{Number(y)}";
}
