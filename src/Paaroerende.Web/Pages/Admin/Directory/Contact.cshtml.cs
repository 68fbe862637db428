using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.ContactDirectory;
using Paaroerende.Core.Data;
using Paaroerende.Web.Administration;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Admin.Directory;

/// <summary>Adds or edits a contact under a situation: name, phone, mail, opening hours, web address and a note.</summary>
public class ContactModel(PortalDbContext db, AdminAudit audit) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public bool ConfirmingDelete { get; private set; }

    public IReadOnlyList<SelectOption> Situations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? situationId)
    {
        if (id is { } existingId)
        {
            var contact = await FindAsync(existingId);
            if (contact is null)
            {
                return NotFound();
            }

            Id = contact.Id;
            Input = new InputModel
            {
                SituationId = contact.SituationId,
                Name = contact.Name,
                Phone = contact.Phone,
                Email = contact.Email,
                OpeningHours = contact.OpeningHours,
                WebAddress = contact.WebAddress,
                Note = contact.Note,
            };
        }
        else
        {
            if (situationId is { } wanted && !await IsOwnSituationAsync(wanted))
            {
                return NotFound();
            }

            Input.SituationId = situationId;
        }

        await LoadSituationsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        var contact = id is { } existingId ? await FindAsync(existingId) : null;
        if ((id is not null && contact is null) || (Input.SituationId is { } wanted && !await IsOwnSituationAsync(wanted)))
        {
            return NotFound();
        }

        Id = id;
        if (!ModelState.IsValid)
        {
            await LoadSituationsAsync();
            return Page();
        }

        var actor = AdminScope.ActorOf(User);
        var situationId = Input.SituationId!.Value;
        var before = contact is null ? null : AdminSnapshots.Of(contact);
        if (contact is null || contact.SituationId != situationId)
        {
            // New, or moved to another situation: it goes last there.
            var last = await db.DirectoryContacts.Where(c => c.SituationId == situationId).Select(c => (int?)c.SortOrder).MaxAsync();
            contact ??= NewContact();
            contact.SortOrder = (last ?? 0) + 1;
        }

        Apply(contact);
        audit.Add(actor, AdminEntityType.DirectoryContact, contact.Id,
            before is null ? AdminAuditAction.Created : AdminAuditAction.Updated, contact.Name, before, AdminSnapshots.Of(contact));

        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Admin/Directory/Index");
    }

    public async Task<IActionResult> OnGetDeleteAsync(Guid id)
    {
        var contact = await FindAsync(id);
        if (contact is null)
        {
            return NotFound();
        }

        Id = contact.Id;
        Input.Name = contact.Name;
        ConfirmingDelete = true;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        var contact = await FindAsync(id);
        if (contact is null)
        {
            return NotFound();
        }

        audit.Add(AdminScope.ActorOf(User), AdminEntityType.DirectoryContact, contact.Id, AdminAuditAction.Deleted,
            contact.Name, AdminSnapshots.Of(contact), null);
        db.DirectoryContacts.Remove(contact);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Admin/Directory/Index");
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, string? direction)
    {
        var contact = await FindAsync(id);
        if (contact is null)
        {
            return NotFound();
        }

        var up = Reorder.IsUp(direction);
        var siblings = await db.DirectoryContacts.Where(c => c.SituationId == contact.SituationId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync();
        var before = AdminSnapshots.Of(contact);
        if (Reorder.Move(siblings, contact, up, (c, order) => c.SortOrder = order))
        {
            audit.Add(AdminScope.ActorOf(User), AdminEntityType.DirectoryContact, contact.Id,
                up ? AdminAuditAction.MovedUp : AdminAuditAction.MovedDown, contact.Name, before, AdminSnapshots.Of(contact));
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }

        return RedirectToPage("/Admin/Directory/Index");
    }

    private DirectoryContact NewContact()
    {
        var contact = new DirectoryContact { Id = Guid.NewGuid(), Name = "" };
        db.DirectoryContacts.Add(contact);
        return contact;
    }

    private void Apply(DirectoryContact contact)
    {
        contact.SituationId = Input.SituationId!.Value;
        contact.Name = Input.Name.Trim();
        contact.Phone = Clean(Input.Phone);
        contact.Email = Clean(Input.Email);
        contact.OpeningHours = Clean(Input.OpeningHours);
        contact.WebAddress = Clean(Input.WebAddress);
        contact.Note = Clean(Input.Note);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private Task<DirectoryContact?> FindAsync(Guid id)
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        return db.DirectoryContacts
            .SingleOrDefaultAsync(c => c.Id == id && c.Situation!.Category!.MunicipalityId == municipalityId, HttpContext.RequestAborted);
    }

    private Task<bool> IsOwnSituationAsync(Guid situationId)
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        return db.DirectorySituations.AnyAsync(s => s.Id == situationId && s.Category!.MunicipalityId == municipalityId, HttpContext.RequestAborted);
    }

    private async Task LoadSituationsAsync()
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        // Guids are formatted here, not in SQL: SQLite stores them in capitals.
        var situations = await db.DirectorySituations.AsNoTracking()
            .Where(s => s.Category!.MunicipalityId == municipalityId)
            .OrderBy(s => s.Category!.SortOrder).ThenBy(s => s.Category!.Title).ThenBy(s => s.SortOrder).ThenBy(s => s.Title)
            .Select(s => new { s.Id, s.Title, Category = s.Category!.Title })
            .ToListAsync(HttpContext.RequestAborted);
        Situations = situations.Select(s => new SelectOption(s.Id.ToString(), s.Title, s.Category)).ToList();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "Situation")]
        public Guid? SituationId { get; set; }

        [Required]
        [StringLength(FieldLengths.Name)]
        [Display(Name = "Name")]
        public string Name { get; set; } = "";

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

        [StringLength(FieldLengths.LongText)]
        [Display(Name = "Note")]
        public string? Note { get; set; }
    }
}
