using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Notifications;

namespace Paaroerende.Core.Feedback;

/// <summary>
/// Builds <see cref="FeedbackReport"/>s from the stored answers of one unit or of a whole municipality. Only days and
/// ratings leave the database here, never a person, a citizen or a text; the callers check who may see which unit.
/// </summary>
public sealed class FeedbackReports(PortalDbContext db, TimeProvider clock)
{
    public DateOnly Today => DanishClock.DayOf(Instant.Now(clock));

    public Task<FeedbackReport> ForUnitAsync(Guid unitId, CancellationToken ct = default) =>
        ReportAsync(db.UnitFeedback.Where(f => f.UnitId == unitId), ct);

    public Task<FeedbackReport> ForMunicipalityAsync(Guid municipalityId, CancellationToken ct = default)
    {
        var units = db.Units.Where(u => u.MunicipalityId == municipalityId).Select(u => u.Id);
        return ReportAsync(db.UnitFeedback.Where(f => units.Contains(f.UnitId)), ct);
    }

    /// <summary>Every unit of the municipality with its report, by name (for the administrator's and the council's table).</summary>
    public async Task<IReadOnlyList<UnitReport>> PerUnitAsync(Guid municipalityId, CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.MunicipalityId == municipalityId)
            .OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var ids = units.Select(u => u.Id).ToList();
        var answers = await AnswersAsync(db.UnitFeedback.Where(f => ids.Contains(f.UnitId)), ct);
        return units.Select(u => new UnitReport(u.Id, u.Name,
                FeedbackReport.Of(answers.Where(a => a.UnitId == u.Id).Select(a => a.Answer).ToList(), Today)))
            .ToList();
    }

    private async Task<FeedbackReport> ReportAsync(IQueryable<UnitFeedback> feedback, CancellationToken ct) =>
        FeedbackReport.Of((await AnswersAsync(feedback, ct)).Select(a => a.Answer).ToList(), Today);

    private async Task<List<(Guid UnitId, FeedbackAnswer Answer)>> AnswersAsync(IQueryable<UnitFeedback> feedback, CancellationToken ct)
    {
        var today = Today;
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - FeedbackReport.MonthsShown);
        var rows = await feedback.AsNoTracking().Where(f => f.SubmittedOn >= from)
            .Select(f => new
            {
                f.UnitId, f.SubmittedOn, f.InformationRating, f.ListenedToRating, f.InvolvementRating, f.StaffContactRating,
                f.HandledAtUtc,
            })
            .ToListAsync(ct);
        return rows.Select(r => (r.UnitId, new FeedbackAnswer(r.SubmittedOn, r.InformationRating, r.ListenedToRating,
                r.InvolvementRating, r.StaffContactRating, r.HandledAtUtc is { } handled ? DanishClock.DayOf(handled) : null)))
            .ToList();
    }
}

public sealed record UnitReport(Guid UnitId, string Name, FeedbackReport Report);
