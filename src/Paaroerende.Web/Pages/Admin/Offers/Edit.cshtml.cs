using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.Data;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.Web.Administration;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Admin.Offers;

/// <summary>Adds or edits an offer for relatives: respite care, a support group, a counsellor, a dementia café, ...</summary>
public class EditModel(PortalDbContext db, AdminAudit audit) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public bool ConfirmingDelete { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is { } existingId)
        {
            var offer = await FindAsync(existingId);
            if (offer is null)
            {
                return NotFound();
            }

            Id = offer.Id;
            Input = new InputModel
            {
                Title = offer.Title,
                Kind = offer.Kind,
                Description = offer.Description,
                LegalReference = offer.LegalReference,
                ContactName = offer.ContactName,
                Phone = offer.Phone,
                Email = offer.Email,
                OpeningHours = offer.OpeningHours,
                WebAddress = offer.WebAddress,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        var offer = id is { } existingId ? await FindAsync(existingId) : null;
        if (id is not null && offer is null)
        {
            return NotFound();
        }

        Id = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var actor = AdminScope.ActorOf(User);
        if (offer is null)
        {
            var last = await Own(actor.MunicipalityId).Select(o => (int?)o.SortOrder).MaxAsync();
            offer = new Offer { Id = Guid.NewGuid(), MunicipalityId = actor.MunicipalityId, Title = "", Description = "", SortOrder = (last ?? 0) + 1 };
            Apply(offer);
            db.Offers.Add(offer);
            audit.Add(actor, AdminEntityType.Offer, offer.Id, AdminAuditAction.Created, offer.Title, null, AdminSnapshots.Of(offer));
        }
        else
        {
            var before = AdminSnapshots.Of(offer);
            Apply(offer);
            audit.Add(actor, AdminEntityType.Offer, offer.Id, AdminAuditAction.Updated, offer.Title, before, AdminSnapshots.Of(offer));
        }

        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Admin/Offers/Index");
    }

    public async Task<IActionResult> OnGetDeleteAsync(Guid id)
    {
        var offer = await FindAsync(id);
        if (offer is null)
        {
            return NotFound();
        }

        Id = offer.Id;
        Input.Title = offer.Title;
        ConfirmingDelete = true;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        var offer = await FindAsync(id);
        if (offer is null)
        {
            return NotFound();
        }

        audit.Add(AdminScope.ActorOf(User), AdminEntityType.Offer, offer.Id, AdminAuditAction.Deleted, offer.Title, AdminSnapshots.Of(offer), null);
        db.Offers.Remove(offer);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Admin/Offers/Index");
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, string? direction)
    {
        var offer = await FindAsync(id);
        if (offer is null)
        {
            return NotFound();
        }

        var up = Reorder.IsUp(direction);
        var siblings = await Own(offer.MunicipalityId).OrderBy(o => o.SortOrder).ThenBy(o => o.Title).ToListAsync();
        var before = AdminSnapshots.Of(offer);
        if (Reorder.Move(siblings, offer, up, (o, order) => o.SortOrder = order))
        {
            audit.Add(AdminScope.ActorOf(User), AdminEntityType.Offer, offer.Id,
                up ? AdminAuditAction.MovedUp : AdminAuditAction.MovedDown, offer.Title, before, AdminSnapshots.Of(offer));
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }

        return RedirectToPage("/Admin/Offers/Index");
    }

    public IReadOnlyList<SelectOption> KindOptions(Localization.EnumTexts texts) =>
        Enum.GetValues<OfferKind>().Select(k => new SelectOption(k.ToString(), texts[k])).ToList();

    private void Apply(Offer offer)
    {
        offer.Title = Input.Title.Trim();
        offer.Kind = Input.Kind!.Value;
        offer.Description = Input.Description.Trim();
        offer.LegalReference = Clean(Input.LegalReference);
        offer.ContactName = Clean(Input.ContactName);
        offer.Phone = Clean(Input.Phone);
        offer.Email = Clean(Input.Email);
        offer.OpeningHours = Clean(Input.OpeningHours);
        offer.WebAddress = Clean(Input.WebAddress);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private Task<Offer?> FindAsync(Guid id) =>
        Own(AdminScope.MunicipalityIdOf(User)).SingleOrDefaultAsync(o => o.Id == id, HttpContext.RequestAborted);

    private IQueryable<Offer> Own(Guid municipalityId) => db.Offers.Where(o => o.MunicipalityId == municipalityId);

    public sealed class InputModel
    {
        [Required]
        [StringLength(FieldLengths.Title)]
        [Display(Name = "OfferTitle")]
        public string Title { get; set; } = "";

        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "Kind")]
        public OfferKind? Kind { get; set; }

        [Required]
        [StringLength(FieldLengths.LongText)]
        [Display(Name = "Description")]
        public string Description { get; set; } = "";

        [StringLength(FieldLengths.Name)]
        [Display(Name = "LegalReference")]
        public string? LegalReference { get; set; }

        [StringLength(FieldLengths.Name)]
        [Display(Name = "ContactName")]
        public string? ContactName { get; set; }

        [StringLength(FieldLengths.Phone)]
        [DanishPhone]
        [Display(Name = "Phone")]
        public string? Phone { get; set; }

        [StringLength(FieldLengths.Email)]
        [MailAddress]
        [Display(Name = "Email")]
        public string? Email { get; set; }

        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "OpeningHours")]
        public string? OpeningHours { get; set; }

        [StringLength(FieldLengths.Url)]
        [WebAddress]
        [Display(Name = "WebAddress")]
        public string? WebAddress { get; set; }
    }
}
