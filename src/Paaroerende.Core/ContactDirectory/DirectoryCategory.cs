using Paaroerende.Core.Tenancy;

namespace Paaroerende.Core.ContactDirectory;

/// <summary>A group of situations in "Hvem kontakter jeg?", e.g. "Akutte behov".</summary>
public class DirectoryCategory
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Municipality? Municipality { get; set; }

    public required string Title { get; set; }

    public int SortOrder { get; set; }

    public List<DirectorySituation> Situations { get; set; } = [];
}
