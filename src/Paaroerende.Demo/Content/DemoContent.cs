namespace Paaroerende.Demo.Content;

/// <summary>The five demo municipalities with the general information from their relatives' policies (shared/seeds).</summary>
public static class DemoContent
{
    /// <summary>New objects on every call: the seeder hands them to EF, which tracks and changes them.</summary>
    public static IReadOnlyList<MunicipalityContent> All() =>
    [
        HvidovreContent.Create(),
        RudersdalContent.Create(),
        IshoejContent.Create(),
        BallerupContent.Create(),
        KoebenhavnContent.Create(),
    ];
}
