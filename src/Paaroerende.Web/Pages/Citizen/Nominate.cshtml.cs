using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Invitations;
using Paaroerende.Core.Mail;
using Paaroerende.Core.Relatives;
using Paaroerende.Web.Access;
using Paaroerende.Web.Citizens;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Localization;
using Paaroerende.Web.Mail;
using Paaroerende.Web.Notifications;
using Paaroerende.Web.Privacy;
using Paaroerende.Web.Relatives;

namespace Paaroerende.Web.Pages.Citizen;

/// <summary>
/// The citizen names a relative themself and chooses what they may follow (ADR 0043). Nothing becomes visible: the
/// nomination waits, apart from the relations the gate reads, until the relative accepts with their own MitID. The
/// invitation and its audit entry are saved with the mail in one SaveChanges; sending is limited like other invitations.
/// </summary>
[EnableRateLimiting(RateLimits.Invitation)]
public class NominateModel(
    PortalDbContext db, CitizenNominations nominations, MailOutbox outbox, PortalMails mails, EnumTexts enums,
    IStringLocalizerFactory texts) : PageModel
{
    /// <summary>A birth date further back is a typing error, not a relative.</summary>
    private const int OldestAge = 120;

    /// <summary>The levels a nomination offers: a person not yet a relative has nothing to be kept out of.</summary>
    public static readonly IReadOnlyList<ConsentLevel> Levels = [ConsentLevel.None, ConsentLevel.Informed, ConsentLevel.Involved];

    private readonly IStringLocalizer _text = PageFirstStringLocalizer.For(typeof(NominateModel), texts);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet() => FillRows();

    public async Task<IActionResult> OnPostAsync()
    {
        var access = HttpContext.Access<CitizenAccess>();
        var ct = HttpContext.RequestAborted;
        FillRows();
        Validate(access.AtUtc);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var wish = new NewNomination(Input.FirstName!.Trim(), Input.LastName!.Trim(), Input.Email!.Trim(), Input.Kind!.Value,
            Input.RelativeBirthDate, Input.Levels);
        (CitizenNomination Nomination, string Token) issued;
        try
        {
            issued = nominations.Nominate(access.UserId, access.CitizenId, wish);
        }
        catch (TooYoungForTopicException tooYoung)
        {
            // The page checks the same rule first; this is the rule's last word.
            foreach (var topic in tooYoung.Topics)
            {
                AddTooYoungError(topic);
            }

            return Page();
        }

        var municipality = await db.Citizens.AsNoTracking().Where(c => c.Id == access.CitizenId)
            .Select(c => new { c.Municipality!.Name, c.Municipality.Slug }).SingleAsync(ct);
        var link = Url.MailLink("/Account/Nomination", new { token = issued.Token });
        outbox.Enqueue(mails.Nomination(wish.Email, $"{wish.FirstName} {wish.LastName}", municipality.Name, link,
            Url.PrivacyNoticeMailLink(municipality.Slug)));
        await db.SaveChangesAsync(ct);
        TempData[NominationModel.NoticeKey] = "Sent";
        return RedirectToPage("/Citizen/Nomination", new { nominationId = issued.Nomination.Id });
    }

    /// <summary>Every topic has a row; an unknown or missing level counts as "no access".</summary>
    private void FillRows()
    {
        foreach (var topic in Enum.GetValues<ConsentTopic>())
        {
            if (!Input.Levels.TryGetValue(topic, out var level) || !Levels.Contains(level))
            {
                Input.Levels[topic] = ConsentLevel.None;
            }
        }

        foreach (var unknown in Input.Levels.Keys.Where(k => !Enum.IsDefined(k)).ToList())
        {
            Input.Levels.Remove(unknown);
        }
    }

    private void Validate(DateTime nowUtc)
    {
        var today = DanishTime.DayOf(nowUtc);
        if (Input.RelativeBirthDate is { } born && (born > today || born < today.AddYears(-OldestAge)))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.RelativeBirthDate)}", _text["BirthDateNotPossible"]);
        }

        if (!Input.Levels.Values.Any(ConsentRule.Grants))
        {
            ModelState.AddModelError($"Input.Levels[{Enum.GetValues<ConsentTopic>()[0]}]", _text["ChooseATopic"]);
        }

        if (YoungRelatives.IsChildAt(Input.RelativeBirthDate, nowUtc))
        {
            foreach (var topic in Input.Levels.Where(l => !YoungRelatives.ChildMayHave(l.Key, l.Value)).Select(l => l.Key))
            {
                AddTooYoungError(topic);
            }
        }
    }

    private void AddTooYoungError(ConsentTopic topic) =>
        ModelState.AddModelError($"Input.Levels[{topic}]", _text[
            Input.Levels.GetValueOrDefault(topic) == ConsentLevel.Involved && !YoungRelatives.BurdensAChild(topic) ? "ChildNotInvolved" : "ChildTopic",
            enums[topic]]);

    public sealed class InputModel : PersonNameInput
    {
        // The message key is explicit: [EmailAddress] carries an English default that hides it from ValidationMessages.
        [Required]
        [EmailAddress(ErrorMessage = "Validation_Email")]
        [StringLength(FieldLengths.Email)]
        [Display(Name = "Email")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "Kind")]
        public RelationKind? Kind { get; set; }

        [Display(Name = "RelativeBirthDate")]
        public DateOnly? RelativeBirthDate { get; set; }

        public Dictionary<ConsentTopic, ConsentLevel> Levels { get; set; } = [];
    }
}
