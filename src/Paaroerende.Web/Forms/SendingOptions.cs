namespace Paaroerende.Web.Forms;

/// <summary>Settings of <see cref="SentOnceFilter"/> (section "Sendings").</summary>
public sealed class SendingOptions
{
    public const string Section = "Sendings";

    /// <summary>
    /// How long a sending waits for the first sending of the same form to be done before it answers 409. Long enough for
    /// a slow save on a busy instance; a first sending still not done after it was most likely cut off mid-way.
    /// </summary>
    public TimeSpan LongestWait { get; set; } = TimeSpan.FromSeconds(10);
}
