using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>
/// Full-page screenshots for people to look at, written only when PAAROERENDE_SCREENSHOTS names a folder; without the
/// variable nothing is written.
/// </summary>
public static partial class Screenshots
{
    public const string FolderVariable = "PAAROERENDE_SCREENSHOTS";

    private const int MaxNameLength = 160;

    public static string? Folder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable(FolderVariable);
            return string.IsNullOrWhiteSpace(folder) ? null : Path.GetFullPath(folder);
        }
    }

    /// <summary>E.g. relative__Relatives-Citizen__id-3.phone.png: role, path, query, device.</summary>
    public static string FileName(string role, Uri url, string device)
    {
        var path = url.AbsolutePath.Trim('/');
        var name = $"{role}__{(path.Length == 0 ? "index" : Safe(path))}";
        var query = url.Query.TrimStart('?');
        if (query.Length > 0)
        {
            name += $"__{Safe(query)}";
        }

        // A file name may have 255 bytes: a long query (the sign-in broker's, with its state) is cut, and a hash of the
        // whole name keeps two such pages apart.
        if (name.Length > MaxNameLength)
        {
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..12];
            name = $"{name[..MaxNameLength]}-{hash}";
        }

        return $"{name}.{device}.png";
    }

    public static async Task SaveAsync(IPage page, string role, string device)
    {
        if (Folder is not { } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(folder, FileName(role, new Uri(page.Url), device)),
            FullPage = true,
        });
    }

    private static string Safe(string text) => Unsafe().Replace(Uri.UnescapeDataString(text), "-").Trim('-');

    [GeneratedRegex(@"[^A-Za-z0-9_]+")]
    private static partial Regex Unsafe();
}
