using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Paaroerende.Core.Invitations;

/// <summary>
/// The rules for one-time links in mails (every invitation kind): 256 random bits that only the mail holds,
/// stored as a SHA-256 hash, so a copy of the database opens no account; valid for 7 days.
/// </summary>
public static class OneTimeTokens
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    public static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A token from a link is worth looking up only if it could be one of ours (43 characters today).</summary>
    public static bool IsPlausible(string? token) => !string.IsNullOrWhiteSpace(token) && token.Length <= 100;
}
