using System.Net;
using QRCoder;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// The QR code an authenticator app scans, drawn on the server as SVG: the secret key never leaves the portal for a
/// QR service, and the page needs no script.
/// </summary>
internal static class AuthenticatorQrCode
{
    private const string Issuer = "Pårørendeportalen";

    /// <summary>The otpauth address of the Key URI format that authenticator apps read (6 digits, 30 seconds, SHA-1).</summary>
    public static string Uri(string accountName, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(accountName)}" +
        $"?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>An inline SVG with an accessible name; the key is also shown as text beside it for those who cannot scan.</summary>
    public static string Svg(string otpauthUri, string accessibleName)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return svg.Replace("<svg ", $"<svg role=\"img\" aria-label=\"{WebUtility.HtmlEncode(accessibleName)}\" focusable=\"false\" ", StringComparison.Ordinal);
    }
}
