using Paaroerende.Core.ContactDirectory;
using Paaroerende.Core.GeneralInformation;

namespace Paaroerende.Demo.Content;

/// <summary>Small builders that keep the content files about content: they number the parts in the order written.</summary>
internal static class ContentParts
{
    /// <summary>The day the directories were transcribed from the policies and checked against them.</summary>
    public static readonly DateOnly CheckedOn = new(2026, 11, 25);

    public static InformationPage[] Pages(params InformationPage[] pages) => Numbered(pages, (p, i) => p.SortOrder = i);

    public static InformationPage Page(string slug, string title, string summary, string markdown) =>
        new() { Slug = slug, Title = title, Summary = summary, BodyMarkdown = markdown.Trim() };

    public static DirectoryCategory Category(string title, params DirectorySituation[] situations) =>
        new() { Title = title, Situations = [.. Numbered(situations, (s, i) => s.SortOrder = i)] };

    public static DirectoryCategory[] Categories(params DirectoryCategory[] categories) =>
        Numbered(categories, (c, i) => c.SortOrder = i);

    public static DirectorySituation Situation(string title, string? description, params DirectoryContact[] contacts) =>
        new()
        {
            Title = title,
            Description = description,
            LastCheckedOn = CheckedOn,
            Contacts = [.. Numbered(contacts, (c, i) => c.SortOrder = i)],
        };

    public static Offer[] Offers(params Offer[] offers) => Numbered(offers, (o, i) => o.SortOrder = i);

    public static UsefulLink[] Links(params UsefulLink[] links) => Numbered(links, (l, i) => l.SortOrder = i);

    private static T[] Numbered<T>(T[] items, Action<T, int> number)
    {
        for (var i = 0; i < items.Length; i++)
        {
            number(items[i], i + 1);
        }

        return items;
    }
}
