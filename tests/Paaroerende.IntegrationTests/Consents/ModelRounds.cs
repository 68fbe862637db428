using FsCheck;
using FsCheck.Fluent;

namespace Paaroerende.IntegrationTests.Consents;

/// <summary>
/// Plays rounds of random histories until the model tests' promised number of cases is checked: the cases a history
/// gives depend on its random length, so one round of 150 histories once gave 9,870. The caller still asserts the count.
/// </summary>
public static class ModelRounds
{
    public const int MinimumCases = 10_000;

    private const int MaxRounds = 4;

    public static async Task CheckUntilEnoughAsync(Property property, int historiesPerRound, Func<int> checkedCases)
    {
        for (var round = 0; round < MaxRounds && checkedCases() < MinimumCases; round++)
        {
            await Task.Run(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(historiesPerRound).WithEndSize(20), property));
        }
    }
}
