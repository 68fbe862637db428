using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Web.Attachments;

namespace Paaroerende.Web.Pages.Information;

/// <summary>
/// A picture or a PDF with a council meeting's minutes (docs/adr/0039). The minutes are public general information, so
/// is the file, but only while its meeting exists and has minutes, and only at its own municipality's address:
/// anything else is 404. Served like every attachment: its found type, nosniff, a PDF only as a download.
/// </summary>
[AllowAnonymous]
public class MinutesFileModel(PortalDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string municipality, Guid fileId)
    {
        var wanted = (municipality ?? "").Trim().ToLowerInvariant();
        var found = await db.CouncilMeetingAttachments.AsNoTracking()
            .Where(a => a.Id == fileId && db.CouncilMeetings.Any(m => m.Id == a.MeetingId && m.MinutesMarkdown != null
                && db.RelativesCouncils.Any(c => c.Id == m.CouncilId && db.Municipalities.Any(x => x.Id == c.MunicipalityId && x.Slug == wanted))))
            .Select(a => new { a.FileName, a.ContentType, a.Content })
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        return found is null ? NotFound() : AttachmentResponse.File(Response, found.FileName, found.ContentType, found.Content);
    }
}
