using Paaroerende.Core.Tenancy;

namespace Paaroerende.Core.GeneralInformation;

public class UsefulLink
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Municipality? Municipality { get; set; }

    public required string Title { get; set; }

    public required string Url { get; set; }

    public string? Description { get; set; }

    public int SortOrder { get; set; }
}
