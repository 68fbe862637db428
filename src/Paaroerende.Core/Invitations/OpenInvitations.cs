using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Invitations;

/// <summary>Finds the invitation behind a link in a relative's or a citizen's invitation mail, whichever kind it is.</summary>
public sealed class OpenInvitations(PortalDbContext db, RelativeInvitations relatives, CitizenInvitations citizens)
{
    /// <summary>The invitation if its link can still be accepted; null for a used, expired or unknown one, of either kind.</summary>
    public async Task<OpenInvitation?> FindAsync(string? token, CancellationToken ct = default)
    {
        if (await relatives.FindUsableAsync(token, ct) is { } relative)
        {
            var name = await db.People.Where(p => p.Id == relative.PersonId).Select(p => p.FirstName + " " + p.LastName).SingleAsync(ct);
            return new OpenInvitation.ForRelative(relatives, relative, name);
        }

        if (await citizens.FindUsableAsync(token, ct) is { } citizen)
        {
            var name = await db.Citizens.Where(c => c.Id == citizen.CitizenId).Select(c => c.FirstName + " " + c.LastName).SingleAsync(ct);
            return new OpenInvitation.ForCitizenView(citizens, citizen, name);
        }

        return null;
    }
}
