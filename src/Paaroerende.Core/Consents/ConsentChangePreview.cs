using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Consents;

/// <summary>A proposed new decision on one line of a relation (the record it would append, before it is saved).</summary>
public sealed record LineProposal(
    Guid RelationId, ConsentTopic Topic, ConsentBasis Basis, ConsentLevel Level, DateTime ValidFromUtc,
    DateTime? ValidUntilUtc, DateTime? DisclosesFromUtc, string? BasisScope,
    string? BasisDocument = null, DateTime? BasisExpiresUtc = null);

/// <summary>
/// What a set of proposals changes for the relative, and a fingerprint of the data and proposals it was worked out
/// from: a confirmation is only valid for the same fingerprint, so what is saved is what was shown.
/// </summary>
public sealed record ConsentChangeSet(IReadOnlyList<OutlookChange> Changes, string Fingerprint)
{
    public bool TakesAway => Changes.Any(c => c.TakesAway);
}

/// <summary>
/// Works out what proposed decisions change for the relative before they are saved: the relative's current lines to the
/// citizen (every active relation and basis, since kept out on one wins) with the proposed lines in place, each given
/// the disclosure start the keeper will give it, compared by the gate's own rule.
/// </summary>
public sealed class ConsentChangePreview(PortalDbContext db, ConsentGate gate)
{
    public async Task<ConsentChangeSet> PreviewAsync(
        Guid relationId, IReadOnlyList<LineProposal> proposals, DateTime atUtc, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        var relation = await db.Relations.AsNoTracking().Where(r => r.Id == relationId)
            .Select(r => new { r.PersonId, r.CitizenId }).SingleAsync(ct);
        var relations = gate.ActiveRelations(relation.PersonId, atUtc).Where(r => r.CitizenId == relation.CitizenId);
        var active = await relations.AnyAsync(ct);
        var before = active ? await ConsentRule.CurrentDecisions(db.CurrentConsents, relations).ToListAsync(ct) : [];
        var after = Apply(before, proposals, relation.PersonId, relation.CitizenId, atUtc);
        return new ConsentChangeSet(OutlookChanges.Between(before, after, active, atUtc), Fingerprint(before, proposals));
    }

    /// <summary>The lines as they will be once the proposals are saved at the moment.</summary>
    public static List<LineDecision> Apply(
        IReadOnlyCollection<LineDecision> current, IReadOnlyList<LineProposal> proposals, Guid personId, Guid citizenId, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposals);
        var lines = current.ToList();
        foreach (var p in proposals)
        {
            var previous = lines.FirstOrDefault(l => l.RelationId == p.RelationId && l.Topic == p.Topic && l.Basis == p.Basis);
            var record = new ConsentRecord
            {
                RelationId = p.RelationId, Topic = p.Topic, Basis = p.Basis, Level = p.Level, ValidFromUtc = p.ValidFromUtc,
                ValidUntilUtc = p.ValidUntilUtc, DisclosesFromUtc = p.DisclosesFromUtc, RecordedAtUtc = atUtc,
                RecordedByUserId = "",
            };
            var previousRow = previous is null ? null : new CurrentConsent
            {
                Level = previous.Level, ValidFromUtc = previous.ValidFromUtc, ValidUntilUtc = previous.ValidUntilUtc,
                DisclosesFromUtc = previous.DisclosesFromUtc,
            };
            if (previous is not null)
            {
                lines.Remove(previous);
            }

            lines.Add(new LineDecision
            {
                RelationId = p.RelationId, PersonId = personId, CitizenId = citizenId, Topic = p.Topic, Basis = p.Basis,
                Level = p.Level, ValidFromUtc = p.ValidFromUtc, ValidUntilUtc = p.ValidUntilUtc,
                DisclosesFromUtc = CurrentConsentKeeper.DisclosureStart(record, previousRow), RecordedAtUtc = atUtc,
            });
        }

        return lines;
    }

    /// <summary>
    /// The records the preview stood on and what was proposed. Starts count by the day: a citizen's change starts "now",
    /// which is a little later at the confirmation, and that is still what was shown.
    /// </summary>
    private static string Fingerprint(IReadOnlyCollection<LineDecision> before, IReadOnlyList<LineProposal> proposals)
    {
        var text = new StringBuilder();
        foreach (var id in before.Select(l => l.RecordId).Order())
        {
            text.Append(id).Append(';');
        }

        foreach (var p in proposals.OrderBy(p => p.RelationId).ThenBy(p => p.Topic).ThenBy(p => p.Basis))
        {
            text.Append('|').Append(p.RelationId).Append(p.Topic).Append(p.Basis).Append(p.Level)
                .Append(DateOnly.FromDateTime(p.ValidFromUtc).DayNumber).Append('/').Append(p.ValidUntilUtc?.Ticks)
                .Append('/').Append(p.DisclosesFromUtc is { } d ? DateOnly.FromDateTime(d).DayNumber : null).Append(p.BasisScope)
                .Append('/').Append(p.BasisDocument).Append('/').Append(p.BasisExpiresUtc?.Ticks);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }
}
