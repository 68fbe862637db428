using ImageMagick;

namespace Paaroerende.TestShared;

/// <summary>Pictures made in code for the tests: a JPEG with a GPS position and a camera in its EXIF block.</summary>
public static class TestImages
{
    public static byte[] JpegWithGps(int width = 64, int height = 48)
    {
        using var image = new MagickImage(MagickColors.SkyBlue, (uint)width, (uint)height);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Make, "TestKamera");
        exif.SetValue(ExifTag.Model, "Model 1");
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(55, 1), new Rational(38, 1), new Rational(0, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(12, 1), new Rational(28, 1), new Rational(0, 1)]);
        image.SetProfile(exif);
        image.Format = MagickFormat.Jpeg;
        return image.ToByteArray();
    }
}
