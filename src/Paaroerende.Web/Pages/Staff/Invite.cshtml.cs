using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Invitations;
using Paaroerende.Core.Mail;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Access;
using Paaroerende.Web.Invitations;
using Paaroerende.Web.Mail;
using Paaroerende.Web.Notifications;
using Paaroerende.Web.Privacy;
using Paaroerende.Web.Staff;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// Staff invite a nominated relative to the portal by e-mail. The answer is the same whether or not the address
/// already has a sign-in (that is settled when the relative opens the link), so nothing about other municipalities'
/// relatives can be learnt here. A relative who already signs in needs no invitation: the new relation is on their
/// sign-in already.
/// </summary>
public class InviteModel(
    PortalDbContext db, StaffScope scope, RelativeInvitations invitations, MailOutbox outbox, PortalMails mails)
    : StaffInvitePageModel<InviteModel.InputModel>(db, outbox)
{
    public RelationView Relation { get; private set; } = null!;

    public override bool CanInvite => Relation.EndedAtUtc is null && !Relation.HasSignIn;

    protected override string? SuggestedEmail => Relation.Email;

    protected override async Task<OutgoingMail> IssueAsync(StaffAccess access, string email, CancellationToken ct)
    {
        var token = await invitations.IssueAsync(access.UserId, access.RelationId!.Value, email, ct);
        var link = Url.MailLink("/Account/Invitation", new { token });
        return mails.RelativeInvitation(email, Relation.Name, Relation.Municipality, link, Url.PrivacyNoticeMailLink(Relation.MunicipalitySlug));
    }

    protected override IActionResult Sent(StaffAccess access)
    {
        new StaffNotice(StaffNoticeKind.InvitationSent, 1, access.RelationId).Store(TempData);
        return RedirectToPage("/Staff/Citizen", null, new { citizenId = access.CitizenId }, $"relation-{access.RelationId:N}");
    }

    protected override async Task LoadAsync(StaffAccess access, CancellationToken ct)
    {
        Relation = await scope.Relations(access.UserId).AsNoTracking()
            .Where(r => r.Id == access.RelationId)
            .Select(r => new RelationView(
                r.PersonId, r.Person!.FirstName + " " + r.Person.LastName, r.Person.Email,
                invitations.PeopleWithSignIn().Contains(r.PersonId),
                r.Citizen!.FirstName + " " + r.Citizen.LastName, r.Citizen.Municipality!.Name, r.Citizen.Municipality.Slug, r.EndedAtUtc))
            .SingleAsync(ct);
        Latest = await invitations.Newest(Db.People.Where(p => p.Id == Relation.PersonId).Select(p => p.Id))
            .Select(i => new LatestInvitation(i.Email, i.CreatedAtUtc, i.ExpiresAtUtc, i.AcceptedAtUtc))
            .FirstOrDefaultAsync(ct);
    }

    public sealed record RelationView(Guid PersonId, string Name, string? Email, bool HasSignIn, string CitizenName, string Municipality, string MunicipalitySlug, DateTime? EndedAtUtc);

    public sealed class InputModel : StaffInviteInput;
}
