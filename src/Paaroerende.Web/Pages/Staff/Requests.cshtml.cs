using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.CheckIns;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Feedback;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Navigation;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// "Henvendelser fra pårørende": check-ins in which a relative of one of my units' citizens asks to be contacted, and
/// feedback to my units — open ones first — each marked handled with who and when. Anonymous feedback shows no name.
/// </summary>
[OverviewPage]
public class RequestsModel(PortalDbContext db, StaffScope scope, StaffTasks tasks, TimeProvider clock) : PageModel
{
    /// <summary>Handled requests and feedback a page, newest handled first; older ones on the following pages.</summary>
    public const int HandledPageSize = 20;

    public const int AnswerLength = 2000;

    public IReadOnlyList<ContactRow> Contacts { get; private set; } = [];

    public IReadOnlyList<FeedbackRow> Feedback { get; private set; } = [];

    public StaffNotice? Notice { get; private set; }

    /// <summary>1: the open ones and the newest handled; 2 and on: older handled ones only.</summary>
    public int PageNumber { get; private set; } = 1;

    /// <summary>Whether a next page holds older handled requests or feedback.</summary>
    public bool HasOlderHandled { get; private set; }

    /// <summary>
    /// The open requests and feedback (on the first page: they wait for someone), then the handled ones a page at a time,
    /// so last spring's handled request can still be read back; before, the twenty newest handled were all there was.
    /// </summary>
    public async Task OnGetAsync(int side = 1)
    {
        Notice = StaffNotice.Take(TempData);
        PageNumber = PageNumbers.Of(side);
        var userId = PortalClaims.UserIdOf(User);
        var ct = HttpContext.RequestAborted;

        var open = PageNumber == 1
            ? await ContactRowsAsync(scope.ContactRequests(userId).Where(c => c.HandledAtUtc == null).OrderByDescending(c => c.SubmittedAtUtc), ct)
            : [];
        var handled = await scope.ContactRequests(userId).Where(c => c.HandledAtUtc != null)
            .OrderByDescending(c => c.HandledAtUtc).ThenByDescending(c => c.Id)
            .PageAsync(PageNumber, HandledPageSize, ContactRowsAsync, ct);
        // In memory again: the join does not promise to keep the order it was given.
        Contacts = [.. open.OrderByDescending(c => c.SubmittedAtUtc),
            .. handled.Items.OrderByDescending(c => c.HandledAtUtc).ThenByDescending(c => c.Id)];

        var openFeedback = PageNumber == 1
            ? await FeedbackRowsAsync(scope.Feedback(userId).Where(f => f.HandledAtUtc == null).OrderByDescending(f => f.SubmittedOn), ct)
            : [];
        var handledFeedback = await scope.Feedback(userId).Where(f => f.HandledAtUtc != null)
            .OrderByDescending(f => f.HandledAtUtc).ThenByDescending(f => f.Id)
            .PageAsync(PageNumber, HandledPageSize, FeedbackRowsAsync, ct);
        Feedback = [.. openFeedback.OrderByDescending(f => f.SubmittedOn), .. handledFeedback.Items];
        HasOlderHandled = handled.HasNextPage || handledFeedback.HasNextPage;
    }

    private Task<List<ContactRow>> ContactRowsAsync(IQueryable<WellbeingCheckIn> checkIns, CancellationToken ct)
    {
        var now = Core.Instant.Now(clock);
        return checkIns.AsNoTracking()
            .Join(db.Relations, c => c.RelationId, r => r.Id, (c, r) => new ContactRow(
                c.Id, r.CitizenId, r.Person!.FirstName + " " + r.Person.LastName, r.Person.Phone, r.Person.Email, r.Kind,
                YoungRelatives.IsMinorAt(r.Person.BirthDate, r.RelativeIsMinor, now),
                r.Citizen!.FirstName + " " + r.Citizen.LastName, r.Citizen.Unit!.Name, c.SubmittedAtUtc,
                c.Wellbeing, c.EnoughRest, c.EnoughSupport, c.Comment, c.ContactHow, c.HandledAtUtc,
                db.Users.Where(u => u.Id == c.HandledByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                db.MessageThreads.Where(t => t.CheckInId == c.Id).Select(t => (Guid?)t.Id).FirstOrDefault()))
            .ToListAsync(ct);
    }

    private Task<List<FeedbackRow>> FeedbackRowsAsync(IQueryable<UnitFeedback> feedback, CancellationToken ct) =>
        feedback.AsNoTracking()
            .Select(f => new FeedbackRow(
                f.Id, db.Units.Where(u => u.Id == f.UnitId).Select(u => u.Name).First(), f.SubmittedOn, f.Text,
                f.InformationRating, f.ListenedToRating, f.InvolvementRating, f.StaffContactRating, f.Answer,
                db.People.Where(p => p.Id == f.PersonId).Select(p => p.FirstName + " " + p.LastName).FirstOrDefault(),
                db.Citizens.Where(c => c.Id == f.CitizenId).Select(c => c.FirstName + " " + c.LastName).FirstOrDefault(),
                f.HandledAtUtc,
                db.Users.Where(u => u.Id == f.HandledByUserId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(ct);

    public Task<IActionResult> OnPostContactHandledAsync(Guid id) =>
        HandleAsync(() => tasks.MarkContactRequestHandledAsync(PortalClaims.UserIdOf(User), id, HttpContext.RequestAborted), $"contact-{id:N}");

    /// <summary>Closes the feedback with an optional answer; one longer than the column is cut at its length, not lost.</summary>
    public Task<IActionResult> OnPostFeedbackHandledAsync(Guid id, string? answer) =>
        HandleAsync(() => tasks.MarkFeedbackHandledAsync(PortalClaims.UserIdOf(User), id,
            answer is { Length: > AnswerLength } ? answer[..AnswerLength] : answer, HttpContext.RequestAborted), $"feedback-{id:N}");

    /// <summary>Another unit's request is "not found" from the core, answered 404 by WrongRequestExceptionFilter.</summary>
    private async Task<IActionResult> HandleAsync(Func<Task> mark, string fragment)
    {
        await mark();
        new StaffNotice(StaffNoticeKind.Handled, 1, null).Store(TempData);
        return RedirectToPage("/Staff/Requests", null, null, fragment);
    }

    public sealed record ContactRow(
        Guid Id, Guid CitizenId, string Relative, string? Phone, string? Email, RelationKind Kind, bool IsMinor,
        string Citizen, string Unit, DateTime SubmittedAtUtc, int Wellbeing, CheckInAnswer EnoughRest,
        CheckInAnswer EnoughSupport, string? Comment, string? ContactHow, DateTime? HandledAtUtc, string? HandledBy, Guid? ThreadId);

    public sealed record FeedbackRow(
        Guid Id, string Unit, DateOnly SubmittedOn, string Text, int? Information, int? ListenedTo, int? Involvement,
        int? StaffContact, string? Answer, string? Relative, string? Citizen, DateTime? HandledAtUtc, string? HandledBy)
    {
        public IEnumerable<(Core.Feedback.FeedbackTheme Theme, int Rating)> Ratings =>
            new (Core.Feedback.FeedbackTheme, int?)[]
            {
                (Core.Feedback.FeedbackTheme.Information, Information), (Core.Feedback.FeedbackTheme.ListenedTo, ListenedTo),
                (Core.Feedback.FeedbackTheme.Involvement, Involvement), (Core.Feedback.FeedbackTheme.StaffContact, StaffContact),
            }.Where(r => r.Item2 is not null).Select(r => (r.Item1, r.Item2!.Value));
    }
}
