using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Mail;

namespace Paaroerende.Web.Pages.Dev;

/// <summary>
/// Development only: the mails the portal has sent to the pickup folder (newest first) and those still waiting in
/// the outbox, so an invitation or a password reset can be followed locally without a mail server. Open without
/// sign-in, because the person who receives an invitation has no sign-in yet; every other environment answers 404.
/// </summary>
[AllowAnonymous]
public partial class MailModel(IWebHostEnvironment environment, IMailSender sender, PortalDbContext db) : PageModel
{
    private const int Shown = 50;

    public IReadOnlyList<PickedUpMail> Sent { get; private set; } = [];

    public IReadOnlyList<OutboxMessage> Waiting { get; private set; } = [];

    public string? Folder { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }

        Waiting = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAtUtc == null)
            .OrderByDescending(m => m.CreatedAtUtc)
            .Take(Shown)
            .ToListAsync(HttpContext.RequestAborted);
        if (sender is PickupFolderMailSender pickup)
        {
            Folder = pickup.Folder;
            Sent = PickupFolder.ReadNewest(pickup.Folder, Shown);
        }

        return Page();
    }

    /// <summary>The body split into plain text and web addresses, so the view can make the addresses clickable.</summary>
    public static IEnumerable<(string Text, bool IsLink)> Segments(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var position = 0;
        foreach (Match link in WebAddress().Matches(body))
        {
            yield return (body[position..link.Index], false);
            yield return (link.Value, true);
            position = link.Index + link.Length;
        }

        yield return (body[position..], false);
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex WebAddress();
}
