using System.Text;
using ImageMagick;
using Paaroerende.TestShared;
using Paaroerende.Core.Attachments;

namespace Paaroerende.UnitTests.Attachments;

/// <summary>
/// Uploads are judged by their content, never by their name or the type the browser claims (docs/adr/0039): a picture
/// is written anew without metadata, a PDF is recognised by its header, anything else is refused.
/// </summary>
public class AttachmentIntakeTests
{
    [Fact]
    public void A_jpeg_with_a_gps_position_is_stored_re_encoded_without_any_metadata()
    {
        var uploaded = TestImages.JpegWithGps();
        using (var original = new MagickImage(uploaded))
        {
            Assert.NotNull(original.GetExifProfile()?.GetValue(ExifTag.GPSLatitude));
        }

        var result = AttachmentIntake.Check(uploaded, "IMG_0042.JPG");

        var file = Assert.IsType<CheckedFile>(result.File);
        Assert.Equal(("image/jpeg", "IMG-0042.jpg"), (file.ContentType, file.FileName));
        using var stored = new MagickImage(file.Content);
        Assert.Null(stored.GetExifProfile());
        Assert.Null(stored.GetXmpProfile());
        Assert.DoesNotContain("TestKamera", Encoding.Latin1.GetString(file.Content), StringComparison.Ordinal);
        Assert.Equal((64u, 48u), (stored.Width, stored.Height));
    }

    [Theory]
    [InlineData(MagickFormat.WebP, false, "image/jpeg")]
    [InlineData(MagickFormat.Png, false, "image/jpeg")]
    [InlineData(MagickFormat.Png, true, "image/png")]
    public void WebP_and_png_are_read_by_content_and_a_transparent_picture_stays_png(MagickFormat format, bool transparent, string stored)
    {
        using var image = new MagickImage(transparent ? MagickColors.Transparent : MagickColors.Orange, 20, 10) { Format = format };
        if (transparent)
        {
            image.Draw(new ImageMagick.Drawing.Drawables().FillColor(MagickColors.Red).Rectangle(2, 2, 8, 8));
        }

        var result = AttachmentIntake.Check(image.ToByteArray(), "billede.jpg");

        Assert.Equal(stored, result.File?.ContentType);
    }

    [Fact]
    public void A_large_picture_is_scaled_down()
    {
        var result = AttachmentIntake.Check(TestImages.JpegWithGps(3000, 1500), "stor.jpg");

        using var stored = new MagickImage(result.File!.Content);
        Assert.Equal((2000u, 1000u), (stored.Width, stored.Height));
    }

    [Fact]
    public void A_pdf_is_recognised_by_its_header_whatever_its_name()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

        var result = AttachmentIntake.Check(pdf, "../../velkomst folder.txt");

        var file = Assert.IsType<CheckedFile>(result.File);
        Assert.Equal(("application/pdf", "velkomst-folder.pdf"), (file.ContentType, file.FileName));
        Assert.Equal(pdf, file.Content);
    }

    [Theory]
    [InlineData("MZ\u0090\0\u0003\0\0\0\u0004\0\0\0program", "billede.jpg")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "billede.svg")]
    [InlineData("<!DOCTYPE html><html><body>hej</body></html>", "billede.png")]
    [InlineData("GIF89a......", "billede.gif")]
    public void Anything_but_a_picture_or_a_pdf_is_refused_whatever_its_name(string content, string name)
    {
        var result = AttachmentIntake.Check(Encoding.Latin1.GetBytes(content), name);

        Assert.Null(result.File);
        Assert.Equal(IntakeProblem.NotPictureOrPdf, result.Problem);
    }

    [Fact]
    public void A_jpeg_header_with_nothing_readable_behind_it_is_refused_as_unreadable()
    {
        byte[] broken = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 2, 3];

        Assert.Equal(IntakeProblem.Unreadable, AttachmentIntake.Check(broken, "x.jpg").Problem);
    }

    [Fact]
    public void A_file_above_the_limit_or_empty_is_refused()
    {
        var tooLarge = new byte[AttachmentIntake.MaxBytes + 1];
        "%PDF-"u8.CopyTo(tooLarge);

        Assert.Equal(IntakeProblem.TooLarge, AttachmentIntake.Check(tooLarge, "x.pdf").Problem);
        Assert.Equal(IntakeProblem.Empty, AttachmentIntake.Check([], "x.pdf").Problem);
    }
}
