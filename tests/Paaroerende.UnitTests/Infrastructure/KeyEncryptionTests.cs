using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.UnitTests.Infrastructure;

public class KeyEncryptionTests
{
    private static readonly XElement Secret = XElement.Parse(
        "<masterKey xmlns=\"http://schemas.asp.net/2015/03/dataProtection\"><value>c2VjcmV0LWtleS1tYXRlcmlhbA==</value></masterKey>");

    [Fact]
    public void A_key_encrypted_under_the_key_encryption_key_opens_to_the_same_key_and_holds_none_of_it_in_the_clear()
    {
        var key = NewKey();

        var encrypted = new KeyEncryptor(key).Encrypt(Secret);
        var opened = new KeyDecryptor(With(key)).Decrypt(encrypted.EncryptedElement);

        Assert.Equal(typeof(KeyDecryptor), encrypted.DecryptorType);
        Assert.DoesNotContain("c2VjcmV0", encrypted.EncryptedElement.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("masterKey", encrypted.EncryptedElement.ToString(), StringComparison.Ordinal);
        Assert.True(XNode.DeepEquals(Secret, opened));
    }

    [Fact]
    public void Each_encryption_uses_a_fresh_nonce()
    {
        var encryptor = new KeyEncryptor(NewKey());

        Assert.NotEqual(
            encryptor.Encrypt(Secret).EncryptedElement.Element("value")!.Value,
            encryptor.Encrypt(Secret).EncryptedElement.Element("value")!.Value);
    }

    [Fact]
    public void Another_key_encryption_key_is_refused_with_a_message_that_says_what_to_do()
    {
        var encrypted = new KeyEncryptor(NewKey()).Encrypt(Secret);

        var error = Assert.Throws<CryptographicException>(() => new KeyDecryptor(With(NewKey())).Decrypt(encrypted.EncryptedElement));

        Assert.Contains("same DataProtection:KeyEncryptionKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tampered_key_is_refused()
    {
        var key = NewKey();
        var encrypted = new KeyEncryptor(key).Encrypt(Secret).EncryptedElement;
        var bytes = Convert.FromBase64String(encrypted.Element("value")!.Value);
        bytes[^1] ^= 1;
        encrypted.Element("value")!.Value = Convert.ToBase64String(bytes);

        Assert.ThrowsAny<CryptographicException>(() => new KeyDecryptor(With(key)).Decrypt(encrypted));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Outside_Development_and_Testing_a_missing_key_stops_the_start_with_what_to_do(string environment)
    {
        var error = Assert.Throws<InvalidOperationException>(() => KeyEncryptionKey.Load(Configuration(null), Environment(environment)));

        Assert.Contains("DataProtection:KeyEncryptionKey is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("openssl rand -base64 32", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void A_malformed_key_stops_the_start_without_echoing_it(string configured)
    {
        var error = Assert.Throws<InvalidOperationException>(() => KeyEncryptionKey.Load(Configuration(configured), Environment("Production")));

        Assert.Contains("32 random bytes in base64", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(configured, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_key_is_used_in_every_environment()
    {
        var configured = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

        var production = KeyEncryptionKey.Load(Configuration(configured), Environment("Production"));
        var development = KeyEncryptionKey.Load(Configuration(configured), Environment("Development"));

        Assert.Equal(production.Fingerprint, development.Fingerprint);
    }

    [Fact]
    public void In_Development_a_key_is_made_once_in_the_data_folder_readable_by_the_owner_only_and_reused()
    {
        var root = Directory.CreateTempSubdirectory("paaroerende-kek-").FullName;
        try
        {
            var first = KeyEncryptionKey.Load(Configuration(null), Environment("Development", root));
            var second = KeyEncryptionKey.Load(Configuration(null), Environment("Development", root));

            var file = Path.Combine(root, "data", "key-encryption-key");
            Assert.Equal(first.Fingerprint, second.Fingerprint);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }

            Assert.Single(Directory.GetFiles(Path.Combine(root, "data")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static KeyEncryptionKey NewKey() => new(RandomNumberGenerator.GetBytes(KeyEncryptionKey.Length));

    private static ServiceProvider With(KeyEncryptionKey key) => new ServiceCollection().AddSingleton(key).BuildServiceProvider();

    private static IConfiguration Configuration(string? key) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { [KeyEncryptionKey.ConfigurationKey] = key })
        .Build();

    private static FakeEnvironment Environment(string name, string? contentRoot = null) =>
        new() { EnvironmentName = name, ContentRootPath = contentRoot ?? Path.GetTempPath() };

    private sealed class FakeEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "";

        public string ApplicationName { get; set; } = "Paaroerende.Web";

        public string ContentRootPath { get; set; } = "";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
