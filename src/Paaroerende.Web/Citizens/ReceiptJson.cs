using System.Text.Json;
using Paaroerende.Core.Consents;

namespace Paaroerende.Web.Citizens;

/// <summary>
/// A consent receipt as JSON with the fields of the Kantara Consent Receipt v1.1 that ISO/IEC TS 27560 builds on. The
/// citizen is named by an opaque id, never a CPR number; names of topics and levels are the stable enum names.
/// </summary>
public static class ReceiptJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static byte[] Create(ConsentReceipt receipt, string policyUrl)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var lines = receipt.Lines;
        var from = lines.Count == 0 ? receipt.ChangedAtUtc : lines.Min(l => l.ValidFromUtc);
        DateTime? until = lines.Any(l => l.ValidUntilUtc is null) ? null : lines.Max(l => l.ValidUntilUtc);
        var document = new
        {
            version = "KI-CR-v1.1.0",
            jurisdiction = "DK",
            consentTimestamp = new DateTimeOffset(receipt.ChangedAtUtc).ToUnixTimeSeconds(),
            consentTimestampIso = receipt.ChangedAtUtc.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            collectionMethod = string.Join(", ", lines.Select(l => l.GivenHow.ToString()).Distinct()),
            consentReceiptID = receipt.ReceiptId.ToString(),
            receiptNumber = receipt.ReceiptNumber,
            language = "da",
            piiPrincipalId = receipt.CitizenId.ToString(),
            piiControllers = new[]
            {
                new
                {
                    piiController = receipt.Municipality,
                    contact = receipt.Unit,
                    email = receipt.UnitEmail,
                    phone = receipt.UnitPhone,
                    piiControllerUrl = receipt.MunicipalityWebAddress,
                },
            },
            policyUrl,
            services = new[]
            {
                new
                {
                    service = "Pårørendeportalen: deling med pårørende",
                    purposes = lines.Select(l => new
                    {
                        purpose = l.Topic.ToString(),
                        level = l.Level.ToString(),
                        legalBasis = l.Basis.ToString(),
                        basisScope = l.BasisScope,
                        basisDocument = l.BasisDocument,
                        basisExpires = l.BasisExpiresUtc,
                        consentType = "EXPLICIT",
                        purposeCategory = new[] { l.Topic.ToString() },
                        piiCategory = new[] { l.Topic.ToString() },
                        primaryPurpose = true,
                        termination = l.ValidUntilUtc?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "until-withdrawn",
                        thirdPartyDisclosure = ConsentRule.Grants(l.Level),
                        thirdPartyName = receipt.RelativeName,
                        validFrom = l.ValidFromUtc,
                        validUntil = l.ValidUntilUtc,
                        collectionMethod = l.GivenHow.ToString(),
                        recordedAt = l.RecordedAtUtc,
                        recordedBy = l.RecordedByName ?? l.RecordedByUserId,
                    }).ToList(),
                },
            },
            sensitive = lines.Any(l => ConsentReceipt.IsSensitive(l.Topic) && ConsentRule.Grants(l.Level)),
            spiCat = lines.Where(l => ConsentReceipt.IsSensitive(l.Topic)).Select(l => l.Topic.ToString()).Distinct().ToList(),
            recipients = new[] { new { name = receipt.RelativeName, relation = receipt.Kind.ToString() } },
            validity = new { from, until, relationEnded = receipt.RelationEndedAtUtc },
            recordedBy = lines.OrderByDescending(l => l.RecordedAtUtc).Select(l => l.RecordedByName ?? l.RecordedByUserId).FirstOrDefault(),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Options);
    }

    public static string FileName(ConsentReceipt receipt) =>
        $"samtykkekvittering-{receipt.ChangedAtUtc:yyyyMMdd-HHmmss}.json";
}
