namespace Paaroerende.Core.Feedback;

/// <summary>
/// The fixed themes a relative rates the cooperation on (docs/adr/0037). Fixed, so that answers can be compared month
/// by month and unit by unit; taken from what the five policies promise relatives: to be informed, listened to and
/// involved, and met with respect and trust by the staff.
/// </summary>
public enum FeedbackTheme
{
    /// <summary>"Jeg får den information, jeg har brug for" (Rudersdal: kommunikation og information; København: informerer).</summary>
    Information,

    /// <summary>"Personalet lytter til mig" (København: lytter; Hvidovre: lytte til hinanden).</summary>
    ListenedTo,

    /// <summary>"Jeg bliver inddraget, som jeg ønsker" (København and Ballerup: inddragelse).</summary>
    Involvement,

    /// <summary>"Kontakten med personalet" (Ballerup and Rudersdal: respekt og tillid).</summary>
    StaffContact,
}

/// <summary>The 1–5 scale: 1 "Meget dårligt" to 5 "Meget godt"; a theme left out is "ved ikke" and counts as no answer.</summary>
public static class FeedbackScale
{
    public const int Lowest = 1;
    public const int Highest = 5;

    public static readonly IReadOnlyList<FeedbackTheme> Themes = Enum.GetValues<FeedbackTheme>();
}
