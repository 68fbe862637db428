using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Attachments;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Data;

namespace Paaroerende.Web.Staff;

/// <summary>The optional picture or PDF of a staff form, bound under the prefix <see cref="AttachmentUpload.Prefix"/>.</summary>
public sealed class AttachmentInput
{
    public IFormFile? File { get; set; }

    [StringLength(AttachmentIntake.MaxAltText)]
    [Display(Name = "Attachment_AltText")]
    public string? AltText { get; set; }
}

/// <summary>A staff page whose form may carry a picture or a PDF (the _AttachmentFields partial).</summary>
public interface IAttachmentForm
{
    AttachmentInput Attachment { get; }
}

/// <summary>
/// Checks the file of a staff form by its content (<see cref="AttachmentIntake"/>) and adds it to the pending changes
/// with its audit entry, so the item, the attachment and the entry are saved in one SaveChanges (docs/adr/0039).
/// </summary>
public static class AttachmentUpload
{
    public const string Prefix = "Attachment";

    /// <summary>The form field of the file, where its errors are shown.</summary>
    public const string FileKey = Prefix + "." + nameof(AttachmentInput.File);
    private const string AltKey = Prefix + "." + nameof(AttachmentInput.AltText);

    /// <summary>The checked file, or null when none was chosen or it was refused (then the form's errors say why).</summary>
    public static async Task<CheckedFile?> CheckAsync(
        AttachmentInput input, ModelStateDictionary state, IStringLocalizer text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(text);
        if (input.File is not { } file)
        {
            return null;
        }

        if (file.Length > AttachmentIntake.MaxBytes)
        {
            state.AddModelError(FileKey, text["Attachment_TooLarge"]);
            return null;
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var result = AttachmentIntake.Check(buffer.ToArray(), file.FileName);
        if (result.File is not { } checkedFile)
        {
            state.AddModelError(FileKey, text[$"Attachment_{result.Problem}"]);
            return null;
        }

        if (checkedFile.IsImage && string.IsNullOrWhiteSpace(input.AltText))
        {
            state.AddModelError(AltKey, text["Attachment_AltRequired"]);
            return null;
        }

        return checkedFile;
    }

    /// <summary>Adds the attachment and its audit entry to the pending changes of the item it belongs to.</summary>
    public static void Add(
        PortalDbContext db, AuditLog audit, CheckedFile file, AttachmentInput input, AttachmentOwner owner, Guid ownerId,
        string userId, DateTime atUtc, Guid? citizenId = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(input);
        var attachment = new Attachment
        {
            Id = Guid.NewGuid(),
            OwnerKind = owner,
            OwnerId = ownerId,
            FileName = file.FileName,
            ContentType = file.ContentType,
            SizeBytes = file.Content.Length,
            AltText = file.IsImage ? input.AltText!.Trim() : null,
            Content = file.Content,
            UploadedAtUtc = atUtc,
            UploadedByUserId = userId,
        };
        db.Attachments.Add(attachment);
        audit.Add(userId, AuditAction.AttachmentAdded, AuditOutcome.Recorded, citizenId, detail: attachment.Id.ToString());
    }
}

/// <summary>An attachment as a list shows it: a link to the download, the picture's description or the PDF's size.</summary>
public sealed record AttachmentLink(Guid Id, Guid OwnerId, string FileName, string ContentType, int SizeBytes, string? AltText)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);

    /// <summary>The size as people read it: "230 kB", "1,4 MB".</summary>
    public string Size => SizeBytes < 1024 * 1024
        ? $"{Math.Max(1, SizeBytes / 1024)} kB"
        : (SizeBytes / (1024.0 * 1024.0)).ToString("0.0", System.Globalization.CultureInfo.CurrentCulture) + " MB";
}
