using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;

namespace Paaroerende.Web.Relatives;

/// <summary>
/// What a relative's page for one citizen shows at a moment: the unit (general information) and the updates in the
/// topics the gate allows. The relative's own page and the citizen's preview both load it here and render it with the
/// same partial (_CitizenView), so the preview cannot drift from what the relative really sees. It writes nothing: the
/// relative's page audits its own read.
/// </summary>
public sealed class RelativeCitizenView(PortalDbContext db, ConsentGate gate)
{
    public const int PageSize = 10;

    public async Task<RelativeCitizenPage> LoadAsync(
        Guid personId, Guid citizenId, DateTime atUtc, int pageNumber, CancellationToken ct = default)
    {
        pageNumber = Math.Max(1, pageNumber);
        var citizen = await db.Citizens.AsNoTracking()
            .Where(c => c.Id == citizenId)
            .Select(c => new CitizenFacts(
                c.FirstName + " " + c.LastName, c.Municipality!.Name, c.Unit!.Name, c.Unit.StreetAddress,
                c.Unit.PostalCode, c.Unit.City, c.Unit.Phone, c.Unit.Email, c.Unit.VisitingHours, c.Unit.OpeningHours))
            .SingleAsync(ct);

        var topics = (await gate.AllowedTopics(personId, citizenId, atUtc).ToListAsync(ct)).Order().ToList();

        var page = await gate.VisibleUpdates(personId, citizenId, atUtc)
            .OrderByDescending(u => u.PublishedAtUtc).ThenByDescending(u => u.Id)
            .Skip((pageNumber - 1) * PageSize)
            .Take(PageSize + 1)
            .Select(u => new UpdateView(u.Topic, u.Title, u.Body, u.PublishedAtUtc))
            .ToListAsync(ct);

        return new RelativeCitizenPage(citizenId, citizen, topics, page.Take(PageSize).ToList(), pageNumber, page.Count > PageSize);
    }
}

public sealed record RelativeCitizenPage(
    Guid CitizenId, CitizenFacts Citizen, IReadOnlyList<ConsentTopic> Topics, IReadOnlyList<UpdateView> Updates,
    int PageNumber, bool HasNextPage)
{
    /// <summary>The page the paging links point to, and its route values: the relative's page or the preview.</summary>
    public string PagingPage { get; init; } = "/Relatives/Citizen";

    public IReadOnlyDictionary<string, string> PagingRoute { get; init; } = new Dictionary<string, string>();
}

public sealed record CitizenFacts(
    string Name, string Municipality, string Unit, string? Street, string? PostalCode, string? City,
    string? Phone, string? Email, string? VisitingHours, string? OpeningHours);

public sealed record UpdateView(ConsentTopic Topic, string Title, string Body, DateTime PublishedAtUtc);
