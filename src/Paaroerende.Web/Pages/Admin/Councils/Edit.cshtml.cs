using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.Data;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.Web.Administration;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Admin.Councils;

/// <summary>Adds or edits a relatives' council, for one unit or the whole municipality.</summary>
public class EditModel(PortalDbContext db, AdminAudit audit) : AdminEditorModel<RelativesCouncil, EditModel.InputModel>(db, audit)
{
    public int MeetingCount { get; private set; }

    public IReadOnlyList<SelectOption> Units { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(Guid? id) => ShowFormAsync(id);

    public Task<IActionResult> OnPostAsync(Guid? id) => SaveAsync(id);

    public Task<IActionResult> OnGetDeleteAsync(Guid id) => ConfirmDeleteAsync(id);

    public Task<IActionResult> OnPostDeleteAsync(Guid id) => DeleteAsync(id);

    protected override AdminEntityType EntityType => AdminEntityType.RelativesCouncil;

    protected override string IndexPage => "/Admin/Councils/Index";

    protected override Task<RelativesCouncil?> FindOwnAsync(Guid id, Guid municipalityId) =>
        Db.RelativesCouncils.SingleOrDefaultAsync(c => c.Id == id && c.MunicipalityId == municipalityId, Aborted);

    protected override Guid IdOf(RelativesCouncil item) => item.Id;

    protected override string NameOf(RelativesCouncil item) => item.Name;

    protected override object Snapshot(RelativesCouncil item) => AdminSnapshots.Of(item);

    protected override async Task<bool> PostedChoicesAreOwnAsync()
    {
        if (Input.UnitId is not { } unitId)
        {
            return true;
        }

        var municipalityId = AdminScope.MunicipalityIdOf(User);
        return await Db.Units.AnyAsync(u => u.Id == unitId && u.MunicipalityId == municipalityId, Aborted);
    }

    protected override async Task LoadChoicesAsync()
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        var units = await Db.Units.AsNoTracking()
            .Where(u => u.MunicipalityId == municipalityId)
            .OrderBy(u => u.Name)
            .Select(u => new { u.Id, u.Name })
            .ToListAsync(Aborted);
        Units = units.Select(u => new SelectOption(u.Id.ToString(), u.Name)).ToList();
    }

    protected override async Task DescribeDeletionAsync(RelativesCouncil item) =>
        MeetingCount = await Db.CouncilMeetings.CountAsync(m => m.CouncilId == item.Id, Aborted);

    protected override InputModel ToInput(RelativesCouncil item) => new()
    {
        Name = item.Name,
        Description = item.Description,
        UnitId = item.UnitId,
        ContactEmail = item.ContactEmail,
    };

    protected override Task<RelativesCouncil> CreateAsync(Guid municipalityId) =>
        Task.FromResult(new RelativesCouncil { Id = Guid.NewGuid(), MunicipalityId = municipalityId, Name = "", Description = "" });

    protected override void Apply(RelativesCouncil item)
    {
        item.Name = Input.Name.Trim();
        item.Description = Input.Description.Trim();
        item.UnitId = Input.UnitId;
        item.ContactEmail = Optional.Text(Input.ContactEmail);
    }

    public sealed class InputModel
    {
        [Required]
        [StringLength(FieldLengths.Name)]
        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        [Required]
        [StringLength(FieldLengths.LongText)]
        [Display(Name = "Description")]
        public string Description { get; set; } = "";

        [Display(Name = "Unit")]
        public Guid? UnitId { get; set; }

        [StringLength(FieldLengths.Email)]
        [MailAddress]
        [Display(Name = "ContactEmail")]
        public string? ContactEmail { get; set; }
    }
}
