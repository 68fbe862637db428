using System.Security.Cryptography;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// The key-encryption key that wraps every data-protection key before it is stored in the database (docs/adr/0014).
/// It comes from configuration (a secret, the same on every instance); only Development makes one of its own, kept in
/// the data folder so a fresh clone runs, and Testing uses a random one per process, as test databases are thrown away.
/// </summary>
internal sealed class KeyEncryptionKey
{
    public const string ConfigurationKey = "DataProtection:KeyEncryptionKey";
    public const int Length = 32;

    private static readonly Lazy<byte[]> TestingKey = new(() => RandomNumberGenerator.GetBytes(Length));

    private readonly byte[] _key;

    public KeyEncryptionKey(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != Length)
        {
            throw new ArgumentException($"A key-encryption key is {Length} bytes.", nameof(key));
        }

        _key = key;

        // Names the key in each stored element without revealing it, so a wrong key gives a clear error.
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(key))[..16];
    }

    public string Fingerprint { get; }

    internal ReadOnlySpan<byte> Bytes => _key;

    public static KeyEncryptionKey Load(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration[ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new KeyEncryptionKey(Parse(configured, $"The setting {ConfigurationKey}"));
        }

        if (environment.IsDevelopment())
        {
            return new KeyEncryptionKey(LoadOrCreateDevelopmentKey(environment.ContentRootPath));
        }

        if (environment.IsEnvironment("Testing"))
        {
            return new KeyEncryptionKey(TestingKey.Value);
        }

        throw new InvalidOperationException(
            $"The setting {ConfigurationKey} is missing. It encrypts the portal's data-protection keys (sign-in " +
            "cookies) where they are stored in the database, and every instance needs the same one. Make one with " +
            "`openssl rand -base64 32`, keep it as a secret and give it to every instance, e.g. as the environment " +
            "variable DataProtection__KeyEncryptionKey. See docs/adr/0014.");
    }

    private static byte[] Parse(string base64, string source)
    {
        var bytes = new byte[Length + 1];
        if (!Convert.TryFromBase64String(base64.Trim(), bytes, out var written) || written != Length)
        {
            throw new InvalidOperationException(
                $"{source} must be {Length} random bytes in base64 (make one with `openssl rand -base64 32`).");
        }

        return bytes[..Length];
    }

    /// <summary>Made once per clone and kept beside the development database, readable by the owner only.</summary>
    private static byte[] LoadOrCreateDevelopmentKey(string contentRootPath)
    {
        var folder = Path.Combine(contentRootPath, "data");
        var path = Path.Combine(folder, "key-encryption-key");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(folder);
            var temporary = $"{path}.{Guid.NewGuid():N}";
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var writer = new StreamWriter(temporary, options))
            {
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(Length)));
            }

            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException)
            {
                // Another process started at the same moment and made the key first: use that one.
                File.Delete(temporary);
            }
        }

        return Parse(File.ReadAllText(path), $"The file {path}");
    }
}
