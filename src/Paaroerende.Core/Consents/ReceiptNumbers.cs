namespace Paaroerende.Core.Consents;

/// <summary>
/// The receipt number people see, read aloud and write down, e.g. "K-7F3A-92QD" (docs/adr/0027): the first 40 bits of
/// the receipt's id (itself a SHA-256 of the relation and the moment, <see cref="ConsentReceipts.ReceiptId"/>) in
/// Crockford's base 32, which has no I, L, O or U to mistake for 1, 0 or each other. So the same receipt always has the
/// same number, and nothing about the citizen, the relative or the time can be read from it. It is shown only: no page
/// finds anything by it, so guessing one gives nothing. The full id stays in the receipt's JSON file
/// (<c>consentReceiptID</c>).
/// </summary>
public static class ReceiptNumbers
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string From(Guid receiptId)
    {
        var bytes = receiptId.ToByteArray();
        ulong bits = 0;
        for (var i = 0; i < 5; i++)
        {
            bits = (bits << 8) | bytes[i];
        }

        Span<char> digits = stackalloc char[8];
        for (var i = 7; i >= 0; i--)
        {
            digits[i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }

        return $"K-{digits[..4]}-{digits[4..]}";
    }
}
