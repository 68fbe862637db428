namespace Paaroerende.Core.Attachments;

/// <summary>
/// A picture or a PDF that staff attached to an update about a citizen, a unit's news or a council's minutes
/// (docs/adr/0039). It belongs to its item and is shown only through the item's own gate rule. The bytes live in the
/// database, so every instance serves them and nothing lies in a public folder; an image is stored as re-encoded
/// without its metadata (<see cref="AttachmentIntake"/>), never as uploaded. Append-only: removed for relatives only by
/// withdrawing the item it belongs to.
/// </summary>
public class Attachment
{
    public Guid Id { get; set; }

    public AttachmentOwner OwnerKind { get; set; }

    /// <summary>The update's, the news item's or the council meeting's id.</summary>
    public Guid OwnerId { get; set; }

    /// <summary>A safe name for the download (letters, digits, dashes), never the path the browser sent.</summary>
    public required string FileName { get; set; }

    /// <summary>What the content was found to be: image/jpeg, image/png or application/pdf.</summary>
    public required string ContentType { get; set; }

    public int SizeBytes { get; set; }

    /// <summary>What the picture shows, for those who cannot see it; required for images, none for a PDF.</summary>
    public string? AltText { get; set; }

    public required byte[] Content { get; set; }

    public DateTime UploadedAtUtc { get; set; }

    public required string UploadedByUserId { get; set; }

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

/// <summary>The kind of item an attachment belongs to; its gate rule is the item's.</summary>
public enum AttachmentOwner
{
    CitizenUpdate,
    UnitNews,
    CouncilMinutes,
}
