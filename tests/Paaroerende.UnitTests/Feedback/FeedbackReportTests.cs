using System.Text;
using Paaroerende.Core.Feedback;

namespace Paaroerende.UnitTests.Feedback;

/// <summary>The report's figures, and the rule that no figure rests on fewer than five answers (docs/adr/0037).</summary>
public class FeedbackReportTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    private static FeedbackAnswer Answer(DateOnly on, int? rating = 4, DateOnly? handled = null) =>
        new(on, rating, rating, rating, rating, handled);

    [Fact]
    public void Four_answers_show_no_figure_at_all()
    {
        var report = FeedbackReport.Of([.. Enumerable.Repeat(Answer(Today, 5, Today), 4)], Today);

        Assert.True(report.IsSuppressed);
        Assert.False(report.Answers.IsShown);
        Assert.False(report.Open.IsShown);
        Assert.False(report.Overall.IsShown);
        Assert.False(report.MedianDaysToAnswer.IsShown);
        Assert.All(report.Themes, t => Assert.False(t.Average.IsShown));
        Assert.All(report.Months, m => Assert.False(m.Answers.IsShown || m.Overall.IsShown || m.Themes.Any(t => t.IsShown)));
    }

    [Fact]
    public void Five_answers_show_the_figures()
    {
        var answers = new[]
        {
            Answer(Today, 1, Today), Answer(Today, 2, Today.AddDays(2)), Answer(Today, 3, Today.AddDays(4)),
            Answer(Today, 4, Today.AddDays(6)), Answer(Today, 5),
        };

        var report = FeedbackReport.Of(answers, Today);

        Assert.False(report.IsSuppressed);
        Assert.Equal(5, report.Answers.OrNull);
        Assert.Equal(1, report.Open.OrNull);
        Assert.Equal(3.0, report.Overall.OrNull);
        Assert.All(report.Themes, t => Assert.Equal(3.0, t.Average.OrNull));
        Assert.Null(report.MedianDaysToAnswer.OrNull); // only four were answered
        Assert.Equal(5, report.Months[^1].Answers.OrNull);
    }

    [Fact]
    public void A_month_or_theme_with_fewer_than_five_answers_is_suppressed_even_when_the_year_has_enough()
    {
        var lastMonth = Today.AddMonths(-1);
        var answers = new[]
        {
            Answer(Today), Answer(Today), Answer(Today),
            Answer(lastMonth), Answer(lastMonth),

            // Two more this month that rate only information.
            new FeedbackAnswer(Today, 2, null, null, null, null), new FeedbackAnswer(Today, 2, null, null, null, null),
        };

        var report = FeedbackReport.Of(answers, Today);

        Assert.Equal(7, report.Answers.OrNull);
        Assert.Equal(5, report.Months[^1].Answers.OrNull);
        Assert.False(report.Months[^2].Answers.IsShown);
        Assert.False(report.Months[^2].Overall.IsShown);
        Assert.Equal(3.4, report.Themes.Single(t => t.Theme == FeedbackTheme.Information).Average.OrNull);
        Assert.False(report.Months[^1].Themes[(int)FeedbackTheme.ListenedTo].IsShown); // three answers rated it this month
        Assert.True(report.Months[^1].Themes[(int)FeedbackTheme.Information].IsShown);
    }

    [Fact]
    public void Answers_older_than_twelve_months_are_left_out()
    {
        var report = FeedbackReport.Of([.. Enumerable.Repeat(Answer(new DateOnly(2025, 11, 30)), 10), Answer(Today)], Today);

        Assert.Equal(new DateOnly(2026, 1, 1), report.From);
        Assert.Equal(12, report.Months.Count);
        Assert.True(report.IsSuppressed);
    }

    [Fact]
    public void The_csv_is_for_danish_excel_and_writes_suppressed_figures_as_too_few()
    {
        var shown = FeedbackReport.Of([.. Enumerable.Repeat(Answer(Today, 4), 4), Answer(Today, 3)], Today);
        var hidden = FeedbackReport.Of([Answer(Today, 1)], Today);

        var bytes = FeedbackCsv.Write([("=Plejecenter Demohaven", shown), ("Lille sted", hidden)]);
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(string.Join(';', FeedbackCsv.Columns), lines[0]);
        Assert.Equal("'=Plejecenter Demohaven;12 måneder;5;3,8;3,8;3,8;3,8;3,8;5;For få svar", lines[1]);
        Assert.Equal(1 + (2 * 13), lines.Length);
        Assert.All(lines.Where(l => l.StartsWith("Lille sted", StringComparison.Ordinal)).SelectMany(l => l.Split(';').Skip(2)),
            cell => Assert.True(cell is FeedbackCsv.TooFewAnswers or "", cell));
    }
}
