namespace Paaroerende.Core.GeneralInformation;

/// <summary>A meeting of a relatives' council: the date, when and where, and the minutes once written.</summary>
public class CouncilMeeting
{
    public Guid Id { get; set; }

    public Guid CouncilId { get; set; }

    public RelativesCouncil? Council { get; set; }

    public DateOnly MeetingDate { get; set; }

    /// <summary>Time and place in words, e.g. "Kl. 16.00-17.30 i cafeen".</summary>
    public string? Details { get; set; }

    /// <summary>Markdown; rendered with raw HTML disabled, like the information pages.</summary>
    public string? MinutesMarkdown { get; set; }
}
