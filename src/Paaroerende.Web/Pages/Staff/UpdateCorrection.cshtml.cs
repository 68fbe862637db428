using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Staff;
using Paaroerende.Core.Updates;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Localization;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>Staff correct or withdraw an update about a citizen of their unit (docs/adr/0034).</summary>
public class UpdateCorrectionModel(
    PortalDbContext db, StaffScope scope, UpdateCorrections corrections, EnumTexts enums, PageText<UpdateCorrectionModel> text)
    : CorrectionPageModel
{
    public string CitizenName { get; private set; } = "";

    protected override string NothingChanged => text["NothingChanged"];

    protected override async Task<bool> LoadAsync(Guid id)
    {
        var access = HttpContext.Access<StaffAccess>();
        var ct = HttpContext.RequestAborted;
        var citizens = scope.Citizens(access.UserId).Where(c => c.Id == access.CitizenId);
        var found = await db.CitizenUpdates.AsNoTracking()
            .Where(u => u.Id == id && citizens.Any(c => c.Id == u.CitizenId))
            .Select(u => new
            {
                u.Id, u.Topic, u.Title, u.Body, u.PublishedAtUtc, u.CorrectedAtUtc, u.WithdrawnAtUtc,
                Author = db.Users.Where(x => x.Id == u.AuthorUserId).Select(x => x.DisplayName).FirstOrDefault(),
                Citizen = citizens.Select(c => c.FirstName + " " + c.LastName).First(),
            })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return false;
        }

        Item = new PublishedText(found.Id, enums[found.Topic], found.Title, found.Body, found.PublishedAtUtc, found.CorrectedAtUtc,
            found.WithdrawnAtUtc, found.Author);
        CitizenName = found.Citizen;
        History = await HistoryAsync(db, db.CitizenUpdateRevisions.Where(r => r.UpdateId == id), ct);
        return true;
    }

    protected override Task SaveCorrectionAsync(Guid id, UpdateText text)
    {
        var access = HttpContext.Access<StaffAccess>();
        return corrections.CorrectAsync(access.UserId, access.CitizenId, id, text, HttpContext.RequestAborted);
    }

    protected override Task SaveWithdrawalAsync(Guid id, string reason)
    {
        var access = HttpContext.Access<StaffAccess>();
        return corrections.WithdrawAsync(access.UserId, access.CitizenId, id, reason, HttpContext.RequestAborted);
    }

    protected override IActionResult BackToList() =>
        RedirectToPage("/Staff/Updates", new { citizenId = HttpContext.Access<StaffAccess>().CitizenId });
}
