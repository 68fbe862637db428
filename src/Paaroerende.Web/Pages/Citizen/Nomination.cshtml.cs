using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Invitations;
using Paaroerende.Core.Relatives;
using Paaroerende.Web.Access;
using Paaroerende.Web.Citizens;

namespace Paaroerende.Web.Pages.Citizen;

/// <summary>
/// The receipt of one of the citizen's own nominations (ADR 0043): who was asked, what they will be able to follow once
/// they say yes, and where it stands. While it waits the citizen can withdraw it here. Another citizen's nomination, or
/// an unknown id, answers 404 for reading and for withdrawing alike.
/// </summary>
public class NominationModel(PortalDbContext db, CitizenNominations nominations) : PageModel
{
    public const string NoticeKey = "NominationNotice";

    public NominationView Nomination { get; private set; } = null!;

    public IReadOnlyList<CitizenNominationTopic> Topics { get; private set; } = [];

    public string? Notice { get; private set; }

    public DateTime NowUtc { get; private set; }

    public bool Waiting => Nomination.AcceptedAtUtc is null && Nomination.WithdrawnAtUtc is null && Nomination.ExpiresAtUtc > NowUtc;

    public async Task<IActionResult> OnGetAsync(Guid nominationId)
    {
        Notice = TempData[NoticeKey] as string;
        return await LoadAsync(nominationId) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid nominationId)
    {
        var access = HttpContext.Access<CitizenAccess>();
        if (!await LoadAsync(nominationId))
        {
            return NotFound();
        }

        var withdrawn = await nominations.WithdrawAsync(access.UserId, access.CitizenId, nominationId, HttpContext.RequestAborted);
        TempData[NoticeKey] = withdrawn ? "Withdrawn" : null;
        return RedirectToPage(new { nominationId });
    }

    private async Task<bool> LoadAsync(Guid nominationId)
    {
        var access = HttpContext.Access<CitizenAccess>();
        var ct = HttpContext.RequestAborted;
        NowUtc = access.AtUtc;
        var found = await db.CitizenNominations.AsNoTracking()
            .Where(n => n.Id == nominationId && n.CitizenId == access.CitizenId)
            .Select(n => new NominationView(n.Id, n.FirstName + " " + n.LastName, n.Email, n.Kind, n.BirthDate, n.CreatedAtUtc,
                n.ExpiresAtUtc, n.AcceptedAtUtc, n.WithdrawnAtUtc, n.RelationId))
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return false;
        }

        Nomination = found;
        Topics = [.. (await db.CitizenNominationTopics.AsNoTracking().Where(t => t.NominationId == nominationId).ToListAsync(ct))
            .OrderBy(t => t.Topic)];
        return true;
    }

    public sealed record NominationView(
        Guid Id, string Name, string Email, RelationKind Kind, DateOnly? BirthDate, DateTime CreatedAtUtc, DateTime ExpiresAtUtc,
        DateTime? AcceptedAtUtc, DateTime? WithdrawnAtUtc, Guid? RelationId);
}
