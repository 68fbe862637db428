namespace Paaroerende.Core.ContactDirectory;

public class DirectoryContact
{
    public Guid Id { get; set; }

    public Guid SituationId { get; set; }

    public DirectorySituation? Situation { get; set; }

    public required string Name { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? OpeningHours { get; set; }

    public string? WebAddress { get; set; }

    public string? Note { get; set; }

    public int SortOrder { get; set; }
}
