using System.Text.RegularExpressions;

namespace Paaroerende.Core.ContactDirectory;

/// <summary>
/// What a phone number, mail address and web address must look like wherever administrators enter them: in the
/// forms and in a CSV import. One place, so the two can never disagree.
/// </summary>
public static partial class ContactRules
{
    /// <summary>The separators the policies use between two numbers in one field ("23 28 59 94 eller 21 39 95 50").</summary>
    public static readonly string[] PhoneSeparators = [" eller ", " / ", ","];

    /// <summary>
    /// A Danish number: 8 digits, spaces allowed, optionally after +45 (or 0045). A field may hold more than one
    /// number, separated as the policies do.
    /// </summary>
    public static bool IsValidPhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return false;
        }

        return phone.Split(PhoneSeparators, StringSplitOptions.TrimEntries).All(IsDanishNumber);
    }

    /// <summary>
    /// name@domain.tld, where both parts may use Danish letters (Hvidovre's own addresses do: borgerrådgiver@…), with
    /// no spaces, angle brackets, quotes or separators that would let the text become more than an address.
    /// </summary>
    public static bool IsValidEmail(string? email) =>
        !string.IsNullOrWhiteSpace(email)
        && email.Length <= 256
        && Email().IsMatch(email)
        && !email.Contains("..", StringComparison.Ordinal);

    /// <summary>An absolute http or https address with a host name: never javascript:, data: or a relative path.</summary>
    public static bool IsValidWebAddress(string? url) =>
        !string.IsNullOrWhiteSpace(url)
        && !url.Any(char.IsWhiteSpace)
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Contains('.', StringComparison.Ordinal);

    /// <summary>Spaces may group the digits any way ("36 39 28 80", "3639 2880"); they are ignored.</summary>
    private static bool IsDanishNumber(string number) =>
        number.Length <= 40 && DanishNumberWithoutSpaces().IsMatch(number.Replace(" ", "", StringComparison.Ordinal));

    [GeneratedRegex(@"^(\+45|0045)?[0-9]{8}$")]
    private static partial Regex DanishNumberWithoutSpaces();

    [GeneratedRegex("""^[^\s@<>()\[\],;:"'\\]+@[^\s@<>()\[\],;:"'\\]+\.[^\s@<>()\[\],;:"'\\.]{2,}$""")]
    private static partial Regex Email();
}
