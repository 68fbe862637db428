namespace Paaroerende.Core.Demo.Content;

// PLACEHOLDER written by the lead so the build is green; helper-1 replaces this file with the real content.
public static class DemoContent
{
    public static IReadOnlyList<MunicipalityContent> All() =>
    [
        new("hvidovre", "Hvidovre Kommune", "https://www.hvidovre.dk", [], [], [], [], []),
        new("rudersdal", "Rudersdal Kommune", "https://www.rudersdal.dk", [], [], [], [], []),
        new("ishoej", "Ishøj Kommune", "https://www.ishoj.dk", [], [], [], [], []),
        new("ballerup", "Ballerup Kommune", "https://www.ballerup.dk", [], [], [], [], []),
        new("koebenhavn", "Københavns Kommune", "https://www.kk.dk", [], [], [], [], []),
    ];
}
