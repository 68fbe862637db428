using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Messages;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;
using Paaroerende.Web.Navigation;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// "Beskeder fra pårørende": the threads about citizens of my units, those with messages nobody has opened first, then
/// the most recent others. Every staff member of the unit sees and answers them (docs/adr/0031).
/// </summary>
[OverviewPage]
public class MessagesModel(PortalDbContext db, StaffScope scope) : PageModel
{
    /// <summary>Conversations a page shows; older ones are a page further on ("Ældre samtaler").</summary>
    public const int PageSize = 30;

    public IReadOnlyList<ThreadRow> Threads { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public bool HasNextPage { get; private set; }

    public async Task OnGetAsync(int side = 1)
    {
        var userId = PortalClaims.UserIdOf(User);
        PageNumber = PageNumbers.Of(side);
        (Threads, HasNextPage) = await scope.MessageThreads(userId).AsNoTracking()
            .Select(t => new
            {
                t.Id, t.CitizenId, t.PersonId, t.Topic, t.Subject,
                Last = db.Messages.Where(m => m.ThreadId == t.Id).Max(m => m.SentAtUtc),
                Unread = db.Messages.Count(m => m.ThreadId == t.Id && m.From == MessageSide.Relative && !db.MessageReads.Any(r => r.MessageId == m.Id)),
            })
            .OrderByDescending(t => t.Unread > 0)
            .ThenByDescending(t => t.Last)
            .ThenByDescending(t => t.Id)
            .PageAsync(PageNumber, PageSize, t => new ThreadRow(
                t.Id, t.CitizenId, db.Citizens.Where(c => c.Id == t.CitizenId).Select(c => c.FirstName + " " + c.LastName).First(),
                db.People.Where(p => p.Id == t.PersonId).Select(p => p.FirstName + " " + p.LastName).First(),
                t.Topic, t.Subject, t.Last, t.Unread), HttpContext.RequestAborted);
    }

    public sealed record ThreadRow(
        Guid Id, Guid CitizenId, string Citizen, string Relative, ConsentTopic? Topic, string Subject, DateTime LastMessageAtUtc, int Unread);
}
