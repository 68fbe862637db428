using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;
using Paaroerende.Web.Citizens;

namespace Paaroerende.Web.Pages.Citizen;

/// <summary>
/// The citizen decides what one relative may see: one radio group per topic and one Save, so giving, changing and
/// withdrawing take the same steps. Only the citizen's own consent line is changed here; a guardianship or power of
/// attorney is shown but decided elsewhere.
/// </summary>
public class RelationModel(PortalDbContext db, CitizenConsents consents) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RelationView Relation { get; private set; } = null!;

    public IReadOnlyDictionary<ConsentTopic, ConsentLevel> Now { get; private set; } = new Dictionary<ConsentTopic, ConsentLevel>();

    /// <summary>Decisions in force on another basis (guardianship, power of attorney): not the citizen's to change here.</summary>
    public IReadOnlyList<(ConsentTopic Topic, ConsentBasis Basis, ConsentLevel Level)> OtherBases { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input = new InputModel { Levels = Now.ToDictionary() };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var access = CitizenAccess.From(HttpContext);
        await LoadAsync();
        if (Relation.EndedAtUtc is not null)
        {
            return Page();
        }

        var changedAt = await consents.RecordAsync(
            access.UserId, access.CitizenId, access.RelationId!.Value, Input.Levels, HttpContext.RequestAborted);
        TempData[ReceiptModel.NoticeKey] = changedAt is null ? "NoChange" : "Saved";
        return RedirectToPage("/Citizen/Receipt", new { relationId = access.RelationId });
    }

    private async Task LoadAsync()
    {
        var access = CitizenAccess.From(HttpContext);
        var ct = HttpContext.RequestAborted;
        Relation = await db.Relations.AsNoTracking().Where(r => r.Id == access.RelationId)
            .Select(r => new RelationView(r.Person!.FirstName + " " + r.Person.LastName, r.Person.FirstName, r.Kind, r.EndedAtUtc))
            .SingleAsync(ct);
        var lines = await db.ConsentRecords.AsNoTracking().Where(c => c.RelationId == access.RelationId)
            .NewestAt(access.AtUtc)
            .Select(c => new { c.Topic, c.Basis, c.Level, c.ValidFromUtc, c.ValidUntilUtc })
            .ToListAsync(ct);
        var inForce = lines.Where(l => ConsentLines.Covers(l.ValidFromUtc, l.ValidUntilUtc, access.AtUtc)).ToList();
        Now = Enum.GetValues<ConsentTopic>().ToDictionary(t => t, t => inForce
            .Where(l => l.Topic == t && l.Basis == ConsentBasis.CitizenConsent).Select(l => l.Level)
            .DefaultIfEmpty(ConsentLevel.None).First());
        OtherBases = inForce.Where(l => l.Basis != ConsentBasis.CitizenConsent && l.Level != ConsentLevel.None)
            .Select(l => (l.Topic, l.Basis, l.Level)).ToList();
    }

    public sealed record RelationView(string Name, string FirstName, RelationKind Kind, DateTime? EndedAtUtc);

    public sealed class InputModel
    {
        public Dictionary<ConsentTopic, ConsentLevel> Levels { get; set; } = [];
    }
}
