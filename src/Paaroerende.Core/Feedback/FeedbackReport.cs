namespace Paaroerende.Core.Feedback;

/// <summary>
/// What a set of feedback answers says, for an overview page, the relatives' council and the CSV: averages per theme,
/// a trend per month, answers, response times and open items. Every figure is suppressed (null) when it rests on fewer
/// than <see cref="MinimumAnswers"/> answers, so that no relative can be recognised from it (docs/adr/0037).
/// </summary>
public sealed record FeedbackReport(
    DateOnly From, DateOnly To, Suppressed<int> Answers, Suppressed<int> Open, Suppressed<double> MedianDaysToAnswer,
    IReadOnlyList<ThemeFigure> Themes, Suppressed<double> Overall, IReadOnlyList<MonthFigure> Months)
{
    public const int MinimumAnswers = 5;

    /// <summary>The months shown: the current one and the eleven before it.</summary>
    public const int MonthsShown = 12;

    /// <summary>True when nothing at all may be shown (fewer than five answers in the period).</summary>
    public bool IsSuppressed => !Answers.IsShown;

    public static FeedbackReport Of(IReadOnlyCollection<FeedbackAnswer> answers, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var firstMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - MonthsShown);
        var inPeriod = answers.Where(a => a.SubmittedOn >= firstMonth && a.SubmittedOn <= today).ToList();
        var enough = inPeriod.Count >= MinimumAnswers;

        var handled = inPeriod.Where(a => a.HandledOn is not null).Select(a => a.HandledOn!.Value.DayNumber - a.SubmittedOn.DayNumber).ToList();
        var months = Enumerable.Range(0, MonthsShown).Select(i => firstMonth.AddMonths(i)).Select(month =>
        {
            var inMonth = inPeriod.Where(a => a.SubmittedOn.Year == month.Year && a.SubmittedOn.Month == month.Month).ToList();
            return new MonthFigure(month, Figure.Of(inMonth.Count, inMonth.Count), Average(inMonth, null),
                FeedbackScale.Themes.Select(t => Average(inMonth, t)).ToList());
        }).ToList();

        return new FeedbackReport(
            firstMonth, today,
            Figure.Of(inPeriod.Count, inPeriod.Count),
            enough ? Figure.Shown(inPeriod.Count(a => a.HandledOn is null)) : Figure.Hidden<int>(),
            Figure.Of(Median(handled), handled.Count),
            FeedbackScale.Themes.Select(t => new ThemeFigure(t, Average(inPeriod, t))).ToList(),
            Average(inPeriod, null),
            months);
    }

    /// <summary>The average rating of one theme, or of every theme together (<paramref name="theme"/> null).</summary>
    private static Suppressed<double> Average(IEnumerable<FeedbackAnswer> answers, FeedbackTheme? theme)
    {
        var list = answers.ToList();
        var ratings = theme is { } one
            ? list.Select(a => a.RatingOf(one)).OfType<int>().ToList()
            : list.SelectMany(a => FeedbackScale.Themes.Select(a.RatingOf)).OfType<int>().ToList();

        // The count that protects a person is of answers, not of ratings: four ratings from one relative are still one.
        var answersWithRatings = theme is { } t
            ? list.Count(a => a.RatingOf(t) is not null)
            : list.Count(a => FeedbackScale.Themes.Any(x => a.RatingOf(x) is not null));
        return Figure.Of(ratings.Count == 0 ? 0 : Math.Round(ratings.Average(), 1), answersWithRatings);
    }

    private static double Median(List<int> days)
    {
        if (days.Count == 0)
        {
            return 0;
        }

        days.Sort();
        var middle = days.Count / 2;
        return days.Count % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2.0;
    }
}

/// <summary>One answer as the report needs it: the day, the ratings and the day it was answered. Never who.</summary>
public sealed record FeedbackAnswer(
    DateOnly SubmittedOn, int? Information, int? ListenedTo, int? Involvement, int? StaffContact, DateOnly? HandledOn)
{
    public int? RatingOf(FeedbackTheme theme) => theme switch
    {
        FeedbackTheme.Information => Information,
        FeedbackTheme.ListenedTo => ListenedTo,
        FeedbackTheme.Involvement => Involvement,
        FeedbackTheme.StaffContact => StaffContact,
        _ => throw new ArgumentOutOfRangeException(nameof(theme)),
    };
}

public sealed record ThemeFigure(FeedbackTheme Theme, Suppressed<double> Average);

/// <param name="Month">The first day of the month.</param>
/// <param name="Overall">The average of every theme's ratings in the month.</param>
/// <param name="Themes">One average per theme, in <see cref="FeedbackScale.Themes"/> order.</param>
public sealed record MonthFigure(DateOnly Month, Suppressed<int> Answers, Suppressed<double> Overall, IReadOnlyList<Suppressed<double>> Themes);

/// <summary>A figure, or none because it rests on fewer than <see cref="FeedbackReport.MinimumAnswers"/> answers.</summary>
public readonly record struct Suppressed<T>(T Value, bool IsShown)
    where T : struct
{
    public T? OrNull => IsShown ? Value : null;
}

public static class Figure
{
    public static Suppressed<T> Hidden<T>()
        where T : struct => default;

    public static Suppressed<T> Shown<T>(T value)
        where T : struct => new(value, true);

    /// <summary>The figure if it rests on enough answers, otherwise none.</summary>
    public static Suppressed<T> Of<T>(T value, int basedOnAnswers)
        where T : struct => basedOnAnswers >= FeedbackReport.MinimumAnswers ? Shown(value) : Hidden<T>();
}
