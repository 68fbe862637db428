namespace Paaroerende.Demo;

/// <summary>
/// Demo people are given surnames no real person has ("Prøvesen", "Eksempelsen") so nobody mistakes a demo
/// screen for real data.
/// </summary>
internal static class FakeNames
{
    public static readonly string[] FirstNames =
    [
        "Inger", "Bent", "Karen", "Poul", "Birthe", "Jørgen", "Hanne", "Erik", "Lis", "Ole",
        "Grethe", "Niels", "Kirsten", "Henning", "Ruth", "Svend", "Aase", "Leif", "Else", "Finn",
    ];

    public static readonly string[] LastNames =
    [
        "Prøvesen", "Eksempelsen", "Testrup", "Demomann", "Fiktivsen", "Opdigtsen", "Påtænktsen", "Skabelonsen",
    ];
}
