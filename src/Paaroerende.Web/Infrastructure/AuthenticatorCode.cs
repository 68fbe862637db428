using System.Text;
using Microsoft.Extensions.Localization;

namespace Paaroerende.Web.Infrastructure;

/// <summary>Codes as people type them ("123 456", "bcdfg hjkmn"), made into the form Identity compares.</summary>
internal static class AuthenticatorCode
{
    public const int MaxInputLength = 20;

    /// <summary>The app's 6 digits: spaces and dashes are not part of the code.</summary>
    public static string Normalize(string input) =>
        new(input.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    /// <summary>
    /// Identity's recovery codes are two groups of five capitals with a dash ("BCDFG-HJKMN") and are compared as
    /// stored, so the dash is put back where a user left it out and the letters are made capitals.
    /// </summary>
    public static string NormalizeRecoveryCode(string input)
    {
        var plain = Normalize(input).ToUpperInvariant();
        return plain.Length == 10 ? $"{plain[..5]}-{plain[5..]}" : plain;
    }

    /// <summary>Ten codes are enough to get back in a few times and few enough to write down.</summary>
    public const int RecoveryCodeCount = 10;

    public static string WrongCodeMessage(HttpContext context) =>
        context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()["TwoFactor_WrongCode"];

    /// <summary>The key in groups of four, as authenticator apps show it and people type it.</summary>
    public static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(text.Length == 0 ? "" : " ").Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return text.ToString().ToLowerInvariant();
    }
}
