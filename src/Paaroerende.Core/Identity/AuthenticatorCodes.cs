using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Paaroerende.Core.Identity;

/// <summary>
/// RFC 6238 codes as authenticator apps compute them (HMAC-SHA1, 30-second steps, 6 digits). Identity's own check does
/// not say which time-step a code matched, and the replay guard needs that step, so the check is done here.
/// </summary>
public static class AuthenticatorCodes
{
    public static readonly TimeSpan StepLength = TimeSpan.FromSeconds(30);

    /// <summary>Steps either side of now that are accepted, as Identity does: a phone's clock may be a minute off.</summary>
    public const int Tolerance = 2;

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / (long)StepLength.TotalSeconds;

    /// <summary>The time-step within the tolerance whose code this is, or null when it is no valid code now.</summary>
    public static long? MatchingStep(byte[] key, string code, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        var current = StepAt(now);
        for (var step = current - Tolerance; step <= current + Tolerance; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Code(key, step)), Encoding.ASCII.GetBytes(code)))
            {
                return step;
            }
        }

        return null;
    }

    /// <summary>The key as Identity stores it and the set-up page shows it (Base32, RFC 4648; Identity's own decoder is internal).</summary>
    public static byte[] FromBase32(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(key.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in key.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant())
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException("The authenticator key is not Base32.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }

    public static string Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
        return value.ToString("D6", CultureInfo.InvariantCulture);
    }
}
