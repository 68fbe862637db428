namespace Paaroerende.Benchmark.Fill;

/// <summary>
/// How much data to make. Scale 1 (issue #7): 5 municipalities, 10,000 citizens, 30,000 relatives, 50 updates per
/// citizen, 1,000,000 audit entries; scale 10 is ten times that. Unit news and expectation agreements are not in the
/// issue's list, but the relative's citizen page shows both, so the data set has them at a realistic rate: a query that
/// scanned them would then show in the scale-10 figures. Likewise pictures on updates and news (a query that went
/// through every attachment cost the citizen page 30 ms with 7,000 of them, and the data set had none to show it).
/// </summary>
public sealed record DataSet(int Citizens, int AuditEntries)
{
    public const int CitizensPerUnit = 60;
    public const int RelativesPerCitizen = 3;
    public const int UpdatesPerCitizen = 50;
    public const int StaffUsers = 10;

    /// <summary>About two news items a week for a year in every unit.</summary>
    public const int NewsPerUnit = 100;

    /// <summary>About one update in ten comes with a picture (docs/adr/0039).</summary>
    public const int UpdatesPerPicture = 10;

    /// <summary>About one news item in five comes with a picture.</summary>
    public const int NewsPerPicture = 5;

    /// <summary>One relation in four has an expectation agreement with the unit.</summary>
    public const int RelationsPerAgreement = 4;

    public static DataSet ForScale(int scale) => new(10_000 * scale, 1_000_000 * scale);

    public int Relatives => Citizens * RelativesPerCitizen;

    public int Updates => Citizens * UpdatesPerCitizen;

    /// <summary>One relative in ten also follows a second citizen of the same municipality (a parent and an aunt).</summary>
    public int SecondRelations => Relatives / 10;

    public int UnitNews => Units * NewsPerUnit;

    public int Units => (Citizens + CitizensPerUnit - 1) / CitizensPerUnit;
}
