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
    public void The_same_page_is_queued_once_and_a_kind_of_page_only_a_few_times()
    {
        var frontier = new CrawlFrontier(Origin, "/");
        frontier.Add(new Uri(Origin, "/Kontakt#top"), null);
        frontier.Add(new Uri(Origin, "/kontakt/"), null);
        for (var page = 1; page <= 10; page++)
        {
            frontier.Add(new Uri(Origin, $"/Kontakt/hvidovre?page={page}"), null);
        }

        for (var citizen = 1; citizen <= 10; citizen++)
        {
            frontier.Add(new Uri(Origin, $"/Staff/Citizens/{Guid.NewGuid()}/Audit"), null);
        }

        Assert.Equal(1 + (2 * SiteCrawler.PagesPerKind), frontier.Count);
    }
}
