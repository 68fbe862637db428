namespace Paaroerende.Core.Sendings;

/// <summary>
/// One sending of one rendered form by one signed-in user (docs/adr/0060). Every form the portal renders carries a new
/// random key; the first POST with a key and a content claims them here, and when the form's handler has done its work
/// and sent the user on, the address it sent them to is kept. The same form sent again with the same content (a second
/// tap on a slow connection, a phone that resends) finds the key taken and is sent to that address instead of doing the
/// work twice. Rows are deleted a day after they were claimed by the retention job.
/// </summary>
public class FormSending
{
    public required string UserId { get; set; }

    /// <summary>The rendered form's random key and its content, hashed (64 hexadecimal digits).</summary>
    public required string Key { get; set; }

    public DateTime SentAtUtc { get; set; }

    /// <summary>Where the first sending sent the user (a path on this site); null while it is still being handled.</summary>
    public string? Location { get; set; }
}
