namespace Paaroerende.E2ETests.Infrastructure;

public class CrawlFrontierTests
{
    private static readonly Uri Origin = new("http://127.0.0.1:5000/");

    [Fact]
    public void A_roles_own_pages_are_visited_before_the_public_pages_it_can_also_reach()
    {
        var frontier = new CrawlFrontier(Origin, "/staff");
        frontier.Add(new Uri(Origin, "/Information"), null);
        frontier.Add(new Uri(Origin, "/Staff/Citizens"), null);
        frontier.Add(new Uri(Origin, "/Staffing"), null);
        frontier.Add(new Uri(Origin, "/Staff"), null);

        var order = frontier.Take(10).Select(l => l.Url.AbsolutePath);

        Assert.Equal(["/Staff/Citizens", "/Staff", "/Information", "/Staffing"], order);
    }

    [Fact]
    public void The_same_page_is_queued_once()
    {
        var frontier = new CrawlFrontier(Origin, "/");
        frontier.Add(new Uri(Origin, "/Kontakt#top"), null);
        frontier.Add(new Uri(Origin, "/kontakt/"), null);
        frontier.Add(new Uri(Origin, "/Kontakt?returnUrl=%2F"), null);

        Assert.Equal(1, frontier.Count);
    }

    [Fact]
    public void New_kinds_of_page_come_before_more_copies_of_a_kind_already_covered()
    {
        var frontier = new CrawlFrontier(Origin, "/staff");
        var citizens = Enumerable.Range(0, SiteCrawler.PagesPerKind + 2).Select(_ => Guid.NewGuid()).ToList();
        citizens.ForEach(c => frontier.Add(new Uri(Origin, $"/Staff/Citizens/{c}/Audit"), null));
        frontier.Add(new Uri(Origin, "/Staff/Units"), null);
        frontier.Add(new Uri(Origin, "/Kontakt"), null);

        var order = frontier.Take(100).Select(l => l.Url.AbsolutePath).ToList();

        Assert.Equal(
            [.. citizens.Take(SiteCrawler.PagesPerKind).Select(c => $"/Staff/Citizens/{c}/Audit"), "/Staff/Units",
             .. citizens.Skip(SiteCrawler.PagesPerKind).Select(c => $"/Staff/Citizens/{c}/Audit"), "/Kontakt"],
            order);
    }
}
