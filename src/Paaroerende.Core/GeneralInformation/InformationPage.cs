using Paaroerende.Core.Tenancy;

namespace Paaroerende.Core.GeneralInformation;

/// <summary>General information that is always open to relatives: the policy's values and texts.</summary>
public class InformationPage
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Municipality? Municipality { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public string? Summary { get; set; }

    /// <summary>Markdown; rendered with raw HTML disabled.</summary>
    public required string BodyMarkdown { get; set; }

    public int SortOrder { get; set; }
}
