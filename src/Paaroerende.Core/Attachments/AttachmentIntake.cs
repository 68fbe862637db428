using System.Text;
using ImageMagick;

namespace Paaroerende.Core.Attachments;

/// <summary>
/// Checks an uploaded file by what it contains, never by its name or the content type the browser sent (docs/adr/0039).
/// A picture (JPEG, PNG, WebP, HEIC) is decoded, turned the right way up, scaled down to at most
/// <see cref="MaxImageSide"/> pixels and written anew without any metadata (GPS position, camera, dates); a PDF is
/// recognised by its header and kept as it is (it is only ever served as a download). Anything else is refused.
/// </summary>
public static class AttachmentIntake
{
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>The request limit for upload forms: above the file limit, so a file slightly too large gets a sentence, not an error page.</summary>
    public const int RequestLimit = MaxBytes + (1024 * 1024);

    public const int MaxImageSide = 2000;

    public const int MaxAltText = 300;

    private const int JpegQuality = 85;

    /// <summary>Checks and, for a picture, re-encodes the file; the result says why when it is refused.</summary>
    public static IntakeResult Check(byte[] content, string? uploadedName)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return IntakeResult.Refused(IntakeProblem.Empty);
        }

        if (content.Length > MaxBytes)
        {
            return IntakeResult.Refused(IntakeProblem.TooLarge);
        }

        if (IsPdf(content))
        {
            return IntakeResult.Accepted(new CheckedFile(SafeName(uploadedName, "dokument", ".pdf"), "application/pdf", content));
        }

        return IsImageHeader(content) ? ReEncode(content, uploadedName) : IntakeResult.Refused(IntakeProblem.NotPictureOrPdf);
    }

    private static bool IsPdf(byte[] content) => StartsWith(content, "%PDF-"u8);

    /// <summary>Only the raster formats staff's phones and cameras write; SVG (a script can hide in it) is not one.</summary>
    private static bool IsImageHeader(byte[] content) =>
        StartsWith(content, [0xFF, 0xD8, 0xFF])
        || StartsWith(content, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        || (StartsWith(content, "RIFF"u8) && content.Length > 12 && content.AsSpan(8, 4).SequenceEqual("WEBP"u8))
        || (content.Length > 12 && content.AsSpan(4, 4).SequenceEqual("ftyp"u8)
            && content.AsSpan(8, 4) is var brand && (brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("mif1"u8)));

    private static IntakeResult ReEncode(byte[] content, string? uploadedName)
    {
        try
        {
            var settings = new MagickReadSettings { Format = FormatOf(content) };
            using var image = new MagickImage(content, settings);
            image.AutoOrient();
            if (image.Width > MaxImageSide || image.Height > MaxImageSide)
            {
                image.Resize(new MagickGeometry(MaxImageSide, MaxImageSide));
            }

            // Every profile (EXIF with GPS and camera, IPTC, XMP) and comment goes; the colour stays sRGB for every screen.
            image.Strip();
            var keepsTransparency = image.HasAlpha;
            image.Format = keepsTransparency ? MagickFormat.Png : MagickFormat.Jpeg;
            image.Quality = JpegQuality;
            var bytes = image.ToByteArray();
            return keepsTransparency
                ? IntakeResult.Accepted(new CheckedFile(SafeName(uploadedName, "billede", ".png"), "image/png", bytes))
                : IntakeResult.Accepted(new CheckedFile(SafeName(uploadedName, "billede", ".jpg"), "image/jpeg", bytes));
        }
        catch (MagickException)
        {
            return IntakeResult.Refused(IntakeProblem.Unreadable);
        }
    }

    /// <summary>The format the header names, so ImageMagick never guesses from anything else (no coder chosen by content tricks).</summary>
    private static MagickFormat FormatOf(byte[] content) =>
        content[0] == 0xFF ? MagickFormat.Jpeg
        : content[0] == 0x89 ? MagickFormat.Png
        : content[0] == (byte)'R' ? MagickFormat.WebP
        : MagickFormat.Heic;

    private static bool StartsWith(byte[] content, ReadOnlySpan<byte> header) =>
        content.Length >= header.Length && content.AsSpan(0, header.Length).SequenceEqual(header);

    /// <summary>
    /// The uploaded name reduced to letters, digits and dashes, with the extension of what the content really is: the
    /// browser's name may carry a path, quotes or a misleading extension ("billede.jpg.exe").
    /// </summary>
    internal static string SafeName(string? uploadedName, string fallback, string extension)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(uploadedName ?? "").Replace('\\', '/').Split('/')[^1]);
        var safe = new StringBuilder();
        foreach (var c in stem.Normalize(NormalizationForm.FormC))
        {
            safe.Append(char.IsLetterOrDigit(c) ? c : '-');
        }

        var name = string.Join('-', safe.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (name.Length > 80)
        {
            name = name[..80];
        }

        return (name.Length == 0 ? fallback : name) + extension;
    }
}

/// <summary>A file that passed <see cref="AttachmentIntake"/>: its safe name, its real type and the bytes to store.</summary>
public sealed record CheckedFile(string FileName, string ContentType, byte[] Content)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

/// <summary>Why a file was refused; the page says it in plain Danish with what to do.</summary>
public enum IntakeProblem
{
    None,
    Empty,
    TooLarge,
    NotPictureOrPdf,
    Unreadable,
}

public sealed record IntakeResult(CheckedFile? File, IntakeProblem Problem)
{
    public static IntakeResult Accepted(CheckedFile file) => new(file, IntakeProblem.None);

    public static IntakeResult Refused(IntakeProblem problem) => new(null, problem);
}
