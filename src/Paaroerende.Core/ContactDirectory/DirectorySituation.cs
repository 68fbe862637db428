namespace Paaroerende.Core.ContactDirectory;

/// <summary>A situation a relative may be in ("Borgeren har brug for hjælp derhjemme") and whom to contact.</summary>
public class DirectorySituation
{
    public Guid Id { get; set; }

    public Guid CategoryId { get; set; }

    public DirectoryCategory? Category { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public int SortOrder { get; set; }

    public DateOnly? LastCheckedOn { get; set; }

    public List<DirectoryContact> Contacts { get; set; } = [];
}
