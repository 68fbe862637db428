using Paaroerende.Core.Tenancy;

namespace Paaroerende.Core.GeneralInformation;

/// <summary>An offer for relatives: respite care (serviceloven § 84), support groups, counselling, ...</summary>
public class Offer
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Municipality? Municipality { get; set; }

    public required string Title { get; set; }

    public OfferKind Kind { get; set; }

    public required string Description { get; set; }

    /// <summary>"Sådan søger du": whom to contact or what to do to get the offer, in the municipality's own words.</summary>
    public string? HowToApply { get; set; }

    public string? LegalReference { get; set; }

    public string? ContactName { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? OpeningHours { get; set; }

    public string? WebAddress { get; set; }

    public int SortOrder { get; set; }
}
