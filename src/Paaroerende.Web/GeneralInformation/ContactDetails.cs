using System.Globalization;

namespace Paaroerende.Web.GeneralInformation;

/// <summary>How to reach a contact or an offer; rendered by Pages/Shared/_ContactDetails.cshtml.</summary>
public sealed record ContactDetails(string? Phone, string? Email, string? OpeningHours, string? WebAddress)
{
    public bool IsEmpty => Phone is null && Email is null && OpeningHours is null && WebAddress is null;

    /// <summary>
    /// The numbers in a phone field with their tel: addresses. The policies sometimes give two numbers in one field
    /// ("23 28 59 94 eller 21 39 95 50"); each becomes its own link.
    /// </summary>
    public IReadOnlyList<PhoneNumber> PhoneNumbers() =>
        (Phone ?? "").Split([" eller ", " / ", ","], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(text => new PhoneNumber(text, TelAddress(text)))
            .ToList();

    /// <summary>"http://www.kaerbo.dk/" is shown as "www.kaerbo.dk".</summary>
    public static string WebText(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var text = url;
        foreach (var scheme in new[] { "https://", "http://" })
        {
            if (text.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                text = text[scheme.Length..];
            }
        }

        return text.TrimEnd('/');
    }

    /// <summary>A day in the user's language: "25. november 2026" or "25 November 2026".</summary>
    public static string Day(DateOnly day) =>
        day.ToString(CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "da" ? "d. MMMM yyyy" : "d MMMM yyyy",
            CultureInfo.CurrentCulture);

    private static string TelAddress(string text)
    {
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        var trimmed = text.TrimStart();
        var international = trimmed.StartsWith('+') || trimmed.StartsWith("00", StringComparison.Ordinal);
        if (international && digits.Length >= 10 && digits.TrimStart('0').StartsWith("45", StringComparison.Ordinal))
        {
            digits = digits.TrimStart('0')[2..];
        }

        return "tel:" + (digits.Length == 8 ? "+45" + digits : digits);
    }
}

public sealed record PhoneNumber(string Text, string TelAddress);
