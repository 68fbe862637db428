using Paaroerende.Core.Consents;
using Paaroerende.Core.Relatives;

namespace Paaroerende.UnitTests.Consents;

/// <summary>A relative's age from the birth date, in Danish days (ADR 0038).</summary>
public class YoungRelativesTests
{
    [Fact]
    public void A_child_turns_15_at_the_start_of_the_birthday_in_Danish_summer_time()
    {
        var born = new DateOnly(2011, 6, 10);
        var birthdayStarts = new DateTime(2026, 6, 9, 22, 0, 0, DateTimeKind.Utc);

        Assert.True(YoungRelatives.IsChildAt(born, birthdayStarts.AddTicks(-1)));
        Assert.False(YoungRelatives.IsChildAt(born, birthdayStarts));
        Assert.True(YoungRelatives.IsMinorAt(born, nominatedAsMinor: false, birthdayStarts));
    }

    [Fact]
    public void Born_on_29_February_a_relative_turns_18_on_28_February_in_winter_time()
    {
        var born = new DateOnly(2008, 2, 29);
        var birthdayStarts = new DateTime(2026, 2, 27, 23, 0, 0, DateTimeKind.Utc);

        Assert.True(YoungRelatives.IsMinorAt(born, nominatedAsMinor: false, birthdayStarts.AddTicks(-1)));
        Assert.False(YoungRelatives.IsMinorAt(born, nominatedAsMinor: true, birthdayStarts));
    }

    [Fact]
    public void Without_a_birth_date_only_the_old_under_18_flag_counts_and_no_one_is_a_child()
    {
        var now = new DateTime(2026, 12, 4, 12, 0, 0, DateTimeKind.Utc);

        Assert.True(YoungRelatives.IsMinorAt(null, nominatedAsMinor: true, now));
        Assert.False(YoungRelatives.IsMinorAt(null, nominatedAsMinor: false, now));
        Assert.False(YoungRelatives.IsChildAt(null, now));
    }

    [Theory]
    [InlineData(ConsentTopic.Medicine, ConsentLevel.Informed, false)]
    [InlineData(ConsentTopic.Finances, ConsentLevel.Informed, false)]
    [InlineData(ConsentTopic.CaseProcessing, ConsentLevel.Informed, false)]
    [InlineData(ConsentTopic.DailyLife, ConsentLevel.Involved, false)]
    [InlineData(ConsentTopic.DailyLife, ConsentLevel.Informed, true)]
    [InlineData(ConsentTopic.Medicine, ConsentLevel.KeptOut, true)]
    [InlineData(ConsentTopic.Medicine, ConsentLevel.None, true)]
    public void What_a_child_may_have(ConsentTopic topic, ConsentLevel level, bool allowed) =>
        Assert.Equal(allowed, YoungRelatives.ChildMayHave(topic, level));

    [Fact]
    public void A_form_never_hides_the_level_a_childs_line_already_has()
    {
        Assert.Equal([ConsentLevel.None, ConsentLevel.KeptOut], YoungRelatives.LevelsOffered(true, ConsentTopic.Medicine, ConsentLevel.None));
        Assert.Equal(
            [ConsentLevel.None, ConsentLevel.Informed, ConsentLevel.KeptOut],
            YoungRelatives.LevelsOffered(true, ConsentTopic.Medicine, ConsentLevel.Informed));
        Assert.Equal(4, YoungRelatives.LevelsOffered(false, ConsentTopic.Medicine, ConsentLevel.None).Count());
    }
}
