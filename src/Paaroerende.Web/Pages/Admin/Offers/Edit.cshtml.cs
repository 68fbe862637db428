using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.Data;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.Web.Administration;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Admin.Offers;

/// <summary>Adds or edits an offer for relatives: respite care, a support group, a counsellor, a dementia café, ...</summary>
public class EditModel(PortalDbContext db, AdminAudit audit) : OrderedAdminEditorModel<Offer, EditModel.InputModel>(db, audit)
{
    public Task<IActionResult> OnGetAsync(Guid? id) => ShowFormAsync(id);

    public Task<IActionResult> OnPostAsync(Guid? id) => SaveAsync(id);

    public Task<IActionResult> OnGetDeleteAsync(Guid id) => ConfirmDeleteAsync(id);

    public Task<IActionResult> OnPostDeleteAsync(Guid id) => DeleteAsync(id);

    public Task<IActionResult> OnPostMoveAsync(Guid id, string? direction) => MoveAsync(id, direction);

    public IReadOnlyList<SelectOption> KindOptions(Localization.EnumTexts texts) =>
        Enum.GetValues<OfferKind>().Select(k => new SelectOption(k.ToString(), texts[k])).ToList();

    protected override AdminEntityType EntityType => AdminEntityType.Offer;

    protected override string IndexPage => "/Admin/Offers/Index";

    protected override Task<Offer?> FindOwnAsync(Guid id, Guid municipalityId) =>
        Own(municipalityId).SingleOrDefaultAsync(o => o.Id == id, Aborted);

    protected override Guid IdOf(Offer item) => item.Id;

    protected override string NameOf(Offer item) => item.Title;

    protected override object Snapshot(Offer item) => AdminSnapshots.Of(item);

    protected override IQueryable<Offer> SiblingsInOrder(Offer item) =>
        Own(item.MunicipalityId).OrderBy(o => o.SortOrder).ThenBy(o => o.Title);

    protected override void SetSortOrder(Offer item, int sortOrder) => item.SortOrder = sortOrder;

    protected override InputModel ToInput(Offer item) => new()
    {
        Title = item.Title,
        Kind = item.Kind,
        Description = item.Description,
        HowToApply = item.HowToApply,
        LegalReference = item.LegalReference,
        ContactName = item.ContactName,
        Phone = item.Phone,
        Email = item.Email,
        OpeningHours = item.OpeningHours,
        WebAddress = item.WebAddress,
    };

    protected override async Task<Offer> CreateAsync(Guid municipalityId) => new()
    {
        Id = Guid.NewGuid(),
        MunicipalityId = municipalityId,
        Title = "",
        Description = "",
        SortOrder = await Reorder.LastPlusOneAsync(Own(municipalityId).Select(o => o.SortOrder), Aborted),
    };

    protected override void Apply(Offer item)
    {
        item.Title = Input.Title.Trim();
        item.Kind = Input.Kind!.Value;
        item.Description = Input.Description.Trim();
        item.HowToApply = Optional.Text(Input.HowToApply);
        item.LegalReference = Optional.Text(Input.LegalReference);
        item.ContactName = Optional.Text(Input.ContactName);
        item.Phone = Optional.Text(Input.Phone);
        item.Email = Optional.Text(Input.Email);
        item.OpeningHours = Optional.Text(Input.OpeningHours);
        item.WebAddress = Optional.Text(Input.WebAddress);
    }

    private IQueryable<Offer> Own(Guid municipalityId) => Db.Offers.Where(o => o.MunicipalityId == municipalityId);

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

        [StringLength(FieldLengths.LongText)]
        [Display(Name = "HowToApply")]
        public string? HowToApply { get; set; }

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
