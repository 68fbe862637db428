using System.Text.RegularExpressions;
using Paaroerende.Demo.Content;

namespace Paaroerende.UnitTests.Demo;

public partial class DemoContentTests
{
    private static readonly IReadOnlyList<MunicipalityContent> Content = DemoContent.All();

    [Fact]
    public void The_five_demo_municipalities_keep_their_address_names()
    {
        Assert.Equal(["hvidovre", "rudersdal", "ishoej", "ballerup", "koebenhavn"], Content.Select(m => m.Slug));
    }

    [Fact]
    public void No_title_or_name_in_the_demo_content_is_empty()
    {
        var titles = Content.SelectMany(m =>
            new[] { m.Name }
                .Concat(m.InformationPages.SelectMany(p => new[] { p.Title, p.Slug, p.BodyMarkdown }))
                .Concat(m.DirectoryCategories.Select(c => c.Title))
                .Concat(m.DirectoryCategories.SelectMany(c => c.Situations).Select(s => s.Title))
                .Concat(m.DirectoryCategories.SelectMany(c => c.Situations).SelectMany(s => s.Contacts).Select(c => c.Name))
                .Concat(m.Offers.Select(o => o.Title))
                .Concat(m.UsefulLinks.SelectMany(l => new[] { l.Title, l.Url }))
                .Concat(m.RelativesCouncils.SelectMany(c => new[] { c.Name, c.Description })));

        Assert.All(titles, title => Assert.False(string.IsNullOrWhiteSpace(title)));
    }

    [Fact]
    public void Every_phone_number_looks_like_a_Danish_number()
    {
        var phones = Content.SelectMany(m => m.Offers.Select(o => o.Phone)
                .Concat(m.DirectoryCategories.SelectMany(c => c.Situations).SelectMany(s => s.Contacts).Select(c => c.Phone)))
            .OfType<string>()
            .ToList();

        Assert.NotEmpty(phones);
        Assert.All(phones.SelectMany(p => p.Split(" eller ")), number => Assert.Matches(DanishNumber(), number));
    }

    [Fact]
    public void Every_mail_address_looks_like_a_mail_address()
    {
        var mails = Content.SelectMany(m => m.Offers.Select(o => o.Email)
                .Concat(m.DirectoryCategories.SelectMany(c => c.Situations).SelectMany(s => s.Contacts).Select(c => c.Email))
                .Concat(m.RelativesCouncils.Select(c => c.ContactEmail)))
            .OfType<string>()
            .ToList();

        Assert.NotEmpty(mails);
        Assert.All(mails, mail => Assert.Matches(MailAddress(), mail));
    }

    [Fact]
    public void Every_municipality_has_a_values_page_and_page_addresses_are_unique_and_url_safe()
    {
        Assert.All(Content, m =>
        {
            Assert.Contains(m.InformationPages, p => p.Slug == "vaerdier");
            Assert.Equal(m.InformationPages.Count, m.InformationPages.Select(p => p.Slug).Distinct().Count());
            Assert.All(m.InformationPages, p => Assert.Matches(Slug(), p.Slug));
        });
    }

    [Fact]
    public void Hvidovre_has_the_eight_situations_of_Find_rundt_and_Ishoej_its_offers_and_seven_links()
    {
        var hvidovre = Content.Single(m => m.Slug == "hvidovre");
        var ishoej = Content.Single(m => m.Slug == "ishoej");

        Assert.Equal(["Akutte behov", "Ændret sygdomsbillede", "Ekstra behov i hverdagen"], hvidovre.DirectoryCategories.Select(c => c.Title));
        Assert.Equal(8, hvidovre.DirectoryCategories.Sum(c => c.Situations.Count));
        Assert.All(hvidovre.DirectoryCategories.SelectMany(c => c.Situations), s => Assert.Equal(new DateOnly(2026, 11, 25), s.LastCheckedOn));
        Assert.Equal(14, ishoej.Offers.Count);
        Assert.Equal(7, ishoej.UsefulLinks.Count);
        Assert.Equal(8, ishoej.DirectoryCategories.Single().Situations.Count);
    }

    [Fact]
    public void Each_call_returns_new_objects_because_the_seeder_hands_them_to_EF()
    {
        var first = DemoContent.All()[0].InformationPages[0];
        var second = DemoContent.All()[0].InformationPages[0];

        Assert.NotSame(first, second);
    }

    [GeneratedRegex(@"^\d{2} \d{2} \d{2} \d{2}$")]
    private static partial Regex DanishNumber();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")]
    private static partial Regex MailAddress();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
