namespace Paaroerende.Core.GeneralInformation;

/// <summary>
/// A picture or a PDF with a council meeting's minutes (docs/adr/0039). Unlike a citizen's attachments it is public
/// general information, not personal data kept for the audit, so it lives in a table of its own that is not
/// append-only: an administrator removes one, and deleting the meeting (or its council) takes them all with it.
/// </summary>
public class CouncilMeetingAttachment
{
    public Guid Id { get; set; }

    public Guid MeetingId { get; set; }

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
}
