namespace Paaroerende.IntegrationTests.Infrastructure;

public static class UriExtensions
{
    /// <summary>Redirects may be absolute (from the cookie handler) or relative (from pages); compare them alike.</summary>
    public static string PathAndQueryOrOriginal(this Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
    }
}
