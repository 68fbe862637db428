using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Paaroerende.Core.Mail;
using Paaroerende.Core.Notifications;
using Paaroerende.Web.Mail;

namespace Paaroerende.UnitTests.Mail;

/// <summary>
/// Every mail the portal sends goes through the one composer: each kind renders from the real resources with every
/// placeholder filled, ends in the one footer, and comes out in the language its recipient gets — Danish for the
/// notification jobs' mails and the invitations, the request's language for the rest.
/// </summary>
public sealed class PortalMailsTests
{
    private const string Link = "https://portal.example/link";
    private const string Privacy = "https://portal.example/Privatliv/hvidovre";

    private static readonly PortalMails Mails = new(new StringLocalizer<PortalMails>(
        new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)));

    /// <summary>Every kind of mail, by name, with the links it must carry.</summary>
    private static readonly Dictionary<string, (Func<OutgoingMail> Compose, bool AlwaysDanish, string? SignedBy)> Kinds = new()
    {
        ["FollowChanged"] = (() => Mails.FollowChanged("a@example.dk", "Inger", Link), true, null),
        ["NewMessage"] = (() => Mails.NewMessage("a@example.dk", Link), true, null),
        ["MeetingInvitation"] = (() => Mails.MeetingInvitation("a@example.dk", Link), true, null),
        ["Digest"] = (() => Mails.Digest("a@example.dk", [new DigestLine("Inger", 1), new DigestLine("Bent", 3)], Link), true, null),
        ["ReadAlertOne"] = (() => Mails.ReadAlert("a@example.dk", 1, Link), true, null),
        ["ReadAlertMany"] = (() => Mails.ReadAlert("a@example.dk", 2, Link), true, null),
        ["RelativeInvitation"] = (() => Mails.RelativeInvitation("a@example.dk", "Mette Testrup", "Hvidovre Kommune", Link, Privacy), true, "Hvidovre Kommune"),
        ["CitizenInvitation"] = (() => Mails.CitizenInvitation("a@example.dk", "Inger Prøvesen", "Hvidovre Kommune", Link, Privacy), true, "Hvidovre Kommune"),
        ["Nomination"] = (() => Mails.Nomination("a@example.dk", "Mette Testrup", "Hvidovre Kommune", Link, Privacy), true, "Hvidovre Kommune"),
        ["StaffInvitation"] = (() => Mails.StaffInvitation("a@example.dk", "Sofie", "Anders", Link, Privacy, again: false), false, null),
        ["StaffInvitationAgain"] = (() => Mails.StaffInvitation("a@example.dk", "Sofie", "Anders", Link, Privacy, again: true), false, null),
        ["StaffAddressInUse"] = (() => Mails.StaffAddressInUse("a@example.dk", "Sofie", "Anders"), false, null),
        ["InvitationOnExistingAccount"] = (() => Mails.InvitationOnExistingAccount("a@example.dk", "Mette", Link), false, null),
        ["PasswordReset"] = (() => Mails.PasswordReset("a@example.dk", "Mette", Link), false, null),
        ["UseMitId"] = (() => Mails.UseMitId("a@example.dk", "Mette", Link), false, null),
    };

    public static TheoryData<string, string> KindsInBothLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in Kinds.Keys)
        {
            data.Add(kind, "da-DK");
            data.Add(kind, "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KindsInBothLanguages))]
    public void Every_mail_is_filled_in_and_signed_by_the_one_footer(string kind, string requestLanguage)
    {
        var (compose, alwaysDanish, signedBy) = Kinds[kind];
        var mail = InRequest(requestLanguage, compose);

        var danish = alwaysDanish || requestLanguage == "da-DK";
        var footer = (danish ? "Venlig hilsen\n" : "Kind regards\n") + (signedBy ?? "Pårørendeportalen");
        Assert.Equal("a@example.dk", mail.To);
        Assert.False(string.IsNullOrWhiteSpace(mail.Subject));
        Assert.EndsWith("\n\n" + footer, mail.Body, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(mail.Body, footer));
        Assert.DoesNotContain("{", mail.Subject + mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("}", mail.Subject + mail.Body, StringComparison.Ordinal);
        if (kind != "StaffAddressInUse")
        {
            Assert.Contains(Link, mail.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Invitations_name_the_municipality_and_how_long_the_link_works()
    {
        var mail = InRequest("en", () => Mails.RelativeInvitation("a@example.dk", "Mette Testrup", "Hvidovre Kommune", Link, Privacy));

        Assert.Equal("Hvidovre Kommune inviterer dig til Pårørendeportalen", mail.Subject);
        Assert.Contains("Hej Mette Testrup", mail.Body, StringComparison.Ordinal);
        Assert.Contains("7 dage", mail.Body, StringComparison.Ordinal);
        Assert.Contains(Privacy, mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Composing_leaves_the_request_language_as_it_was()
    {
        InRequest("en", () =>
        {
            Mails.NewMessage("a@example.dk", Link);
            Assert.Equal("en", CultureInfo.CurrentUICulture.Name);
            Assert.Equal("en", CultureInfo.CurrentCulture.Name);
            return 0;
        });
    }

    private static T InRequest<T>(string language, Func<T> compose)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            return compose();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
