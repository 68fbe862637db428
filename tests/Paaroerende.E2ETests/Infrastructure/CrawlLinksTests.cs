namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>The crawl's link rules, checked without a browser: when they are wrong the crawl misses or repeats pages.</summary>
public class CrawlLinksTests
{
    private static readonly Uri Origin = new("http://127.0.0.1:5000/");

    [Theory]
    [InlineData("http://127.0.0.1:5000/", "/")]
    [InlineData("http://127.0.0.1:5000/Information/", "/information")]
    [InlineData("http://127.0.0.1:5000/Information#kontakt", "/information")]
    [InlineData("http://127.0.0.1:5000/Staff/Citizens?page=2&sort=name", "/staff/citizens?page=2&sort=name")]
    [InlineData("http://127.0.0.1:5000/Staff/Citizens?sort=name&page=2", "/staff/citizens?page=2&sort=name")]
    [InlineData("http://127.0.0.1:5000/Account/Login?ReturnUrl=%2FRelatives", "/account/login")]
    public void Links_to_the_same_page_share_one_key(string link, string key) =>
        Assert.Equal(key, CrawlLinks.KeyOf(new Uri(link), Origin));

    [Theory]
    [InlineData("http://127.0.0.1:5001/")]
    [InlineData("https://127.0.0.1:5000/")]
    [InlineData("https://www.borger.dk/")]
    [InlineData("http://127.0.0.1:5000/Account/Logout")]
    [InlineData("http://127.0.0.1:5000/Account/LogOff")]
    [InlineData("http://127.0.0.1:5000/Staff/Feedback?handler=Export")]
    [InlineData("http://127.0.0.1:5000/lib/dkfds/css/dkfds.min.css")]
    [InlineData("http://127.0.0.1:5000/files/politik.pdf")]
    public void The_crawl_never_follows_other_sites_sign_outs_downloads_or_files(string link) =>
        Assert.Null(CrawlLinks.KeyOf(new Uri(link), Origin));

    [Theory]
    [InlineData("/staff/citizens/6bff43c6-826d-41a4-8b3a-d7e823a1fa88/audit", "/staff/citizens/{id}/audit")]
    [InlineData("/kontakt/hvidovre?category=3&page=2", "/kontakt/hvidovre?category&page=")]
    [InlineData("/information/hvidovre/find-rundt", "/information/hvidovre/find-rundt")]
    public void Pages_of_one_kind_differ_only_in_ids_and_query_values(string key, string kind) =>
        Assert.Equal(kind, CrawlLinks.KindOf(key));
}
