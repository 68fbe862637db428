using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// Encrypts a data-protection key's XML with AES-256-GCM under the key-encryption key before it is stored, so a copy
/// of the database (a backup, a dump) does not hold the keys that sign everyone's cookies.
/// </summary>
internal sealed class KeyEncryptor(KeyEncryptionKey key) : IXmlEncryptor
{
    internal const string ElementName = "encryptedKey";
    internal const int NonceLength = 12;
    internal const int TagLength = 16;

    /// <summary>Binds the ciphertext to its purpose: it cannot pass for anything else encrypted with the key.</summary>
    internal static readonly byte[] AssociatedData = Encoding.UTF8.GetBytes("Paaroerende.DataProtection.KeyXml.v1");

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        // Stored as nonce | tag | ciphertext.
        var sealedBytes = new byte[NonceLength + TagLength + plaintext.Length];
        var nonce = sealedBytes.AsSpan(0, NonceLength);
        var tag = sealedBytes.AsSpan(NonceLength, TagLength);
        var ciphertext = sealedBytes.AsSpan(NonceLength + TagLength);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(key.Bytes, TagLength))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag, AssociatedData);
        }

        CryptographicOperations.ZeroMemory(plaintext);
        var element = new XElement(ElementName,
            new XAttribute("algorithm", "AES-256-GCM"),
            new XAttribute("kek", key.Fingerprint),
            new XComment(" Encrypted with the portal's key-encryption key (DataProtection:KeyEncryptionKey). "),
            new XElement("value", Convert.ToBase64String(sealedBytes)));
        return new EncryptedXmlInfo(element, typeof(KeyDecryptor));
    }
}

/// <summary>
/// Opens what <see cref="KeyEncryptor"/> sealed. Created by the data-protection system from the type name stored with
/// each key, so it takes the service provider rather than the key itself.
/// </summary>
internal sealed class KeyDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var key = services.GetRequiredService<KeyEncryptionKey>();
        var fingerprint = (string?)encryptedElement.Attribute("kek");
        if (fingerprint != key.Fingerprint)
        {
            throw new CryptographicException(
                $"This data-protection key was encrypted with another key-encryption key (fingerprint {fingerprint}) " +
                $"than this instance's (fingerprint {key.Fingerprint}). Give every instance the same " +
                $"{KeyEncryptionKey.ConfigurationKey}.");
        }

        var sealedBytes = Convert.FromBase64String((string?)encryptedElement.Element("value")
            ?? throw new CryptographicException("The encrypted data-protection key has no value."));
        const int headerLength = KeyEncryptor.NonceLength + KeyEncryptor.TagLength;
        if (sealedBytes.Length < headerLength)
        {
            throw new CryptographicException("The encrypted data-protection key is too short.");
        }

        var nonce = sealedBytes.AsSpan(0, KeyEncryptor.NonceLength);
        var tag = sealedBytes.AsSpan(KeyEncryptor.NonceLength, KeyEncryptor.TagLength);
        var ciphertext = sealedBytes.AsSpan(headerLength);
        var plaintext = new byte[ciphertext.Length];
        using (var aes = new AesGcm(key.Bytes, KeyEncryptor.TagLength))
        {
            aes.Decrypt(nonce, ciphertext, tag, plaintext, KeyEncryptor.AssociatedData);
        }

        try
        {
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
