using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Staff;
using Paaroerende.Core.Updates;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// Staff correct or withdraw a news item of one of their units (docs/adr/0034). Another unit's news is not found, as
/// one that does not exist.
/// </summary>
[OverviewPage]
public class NewsCorrectionModel(
    PortalDbContext db, StaffScope scope, UpdateCorrections corrections, PageText<NewsCorrectionModel> text)
    : CorrectionPageModel
{
    protected override string NothingChanged => text["NothingChanged"];

    protected override async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var units = scope.UnitIds(PortalClaims.UserIdOf(User));
        var found = await db.UnitNews.AsNoTracking()
            .Where(n => n.Id == id && units.Contains(n.UnitId))
            .Select(n => new PublishedText(n.Id, db.Units.Where(u => u.Id == n.UnitId).Select(u => u.Name).First(), n.Title, n.Body,
                n.PublishedAtUtc, n.CorrectedAtUtc, n.WithdrawnAtUtc,
                db.Users.Where(x => x.Id == n.AuthorUserId).Select(x => x.DisplayName).FirstOrDefault()))
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return false;
        }

        Item = found;
        History = await HistoryAsync(db, db.UnitNewsRevisions.Where(r => r.NewsId == id), ct);
        return true;
    }

    protected override Task SaveCorrectionAsync(Guid id, UpdateText text) =>
        corrections.CorrectNewsAsync(PortalClaims.UserIdOf(User), id, text, HttpContext.RequestAborted);

    protected override Task SaveWithdrawalAsync(Guid id, string reason) =>
        corrections.WithdrawNewsAsync(PortalClaims.UserIdOf(User), id, reason, HttpContext.RequestAborted);

    protected override IActionResult BackToList() => RedirectToPage("/Staff/News");
}
