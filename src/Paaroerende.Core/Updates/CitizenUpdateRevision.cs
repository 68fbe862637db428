namespace Paaroerende.Core.Updates;

/// <summary>An update or a unit's news: published text that staff may correct or withdraw (docs/adr/0034).</summary>
public interface ICorrectableText
{
    Guid Id { get; }

    string Title { get; set; }

    string Body { get; set; }

    DateTime? CorrectedAtUtc { get; set; }

    DateTime? WithdrawnAtUtc { get; set; }
}

/// <summary>
/// What a published text said before staff corrected or withdrew it, who did it, when and why. Append-only: the
/// text's history for the audit and for the citizen's insight (docs/adr/0034). Its values are set in one place,
/// <see cref="UpdateCorrections"/>, from the text as it was.
/// </summary>
public abstract class TextRevision
{
    public Guid Id { get; set; }

    public UpdateChange Change { get; set; }

    /// <summary>The title before the change.</summary>
    public string Title { get; set; } = "";

    /// <summary>The text before the change.</summary>
    public string Body { get; set; } = "";

    /// <summary>Why, in the staff member's words ("Forkert borger", "Stavefejl").</summary>
    public string Reason { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }

    public string RecordedByUserId { get; set; } = "";
}

/// <summary>An earlier text of an update about a citizen.</summary>
public class CitizenUpdateRevision : TextRevision
{
    public Guid UpdateId { get; set; }
}

/// <summary>An earlier text of a unit's news.</summary>
public class UnitNewsRevision : TextRevision
{
    public Guid NewsId { get; set; }
}

public enum UpdateChange
{
    Corrected,
    Withdrawn,
}
