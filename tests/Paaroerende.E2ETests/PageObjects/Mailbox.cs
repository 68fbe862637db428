using System.Text.RegularExpressions;

namespace Paaroerende.E2ETests.PageObjects;

/// <summary>The portal's pickup folder read as a person reads their mail: the invitation link in the mail to them.</summary>
public static partial class Mailbox
{
    /// <summary>The path and query of the invitation link in the first mail to the address, once the outbox has sent it.</summary>
    public static Task<string> InvitationLinkAsync(string mailFolder, string email) =>
        LinkAsync(mailFolder, email, InvitationAddress());

    /// <summary>The path and query of the link in the first mail to a relative the citizen named themself.</summary>
    public static Task<string> NominationLinkAsync(string mailFolder, string email) =>
        LinkAsync(mailFolder, email, NominationAddress());

    private static async Task<string> LinkAsync(string mailFolder, string email, Regex link)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var mail = Directory.Exists(mailFolder)
                ? Directory.GetFiles(mailFolder, "*.eml").Select(File.ReadAllText)
                    .FirstOrDefault(m => m.Contains($"To: {email}", StringComparison.Ordinal))
                : null;
            if (mail is not null)
            {
                return new Uri(link.Match(mail).Value).PathAndQuery;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No invitation mail to {email} arrived in {mailFolder}.");
    }

    [GeneratedRegex(@"https?://\S+/Account/Invitation\?token=\S+")]
    private static partial Regex InvitationAddress();

    [GeneratedRegex(@"https?://\S+/Account/Nomination\?token=\S+")]
    private static partial Regex NominationAddress();
}
