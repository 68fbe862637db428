using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Paaroerende.Core.Consents;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Resilience;

/// <summary>
/// Staff opening and saving the consent form over and over from several browsers at once, each on a relation of its own so no
/// two changes race for the same decision line. Every save is unique: its note names it, and its own "valid until"
/// date makes it a change of every topic, so one save is exactly one record per topic (and one audit entry each).
/// </summary>
public sealed class ConsentBurst(HttpClient staff, IReadOnlyList<string> consentUrls)
{
    public static readonly int TopicsPerChange = Enum.GetValues<ConsentTopic>().Length;

    private readonly ConcurrentBag<string> _acknowledged = [];
    private readonly ConcurrentBag<string> _refused = [];
    private int _interrupted;

    /// <summary>Notes of the saves the portal answered with its success redirect.</summary>
    public IReadOnlyCollection<string> Acknowledged => _acknowledged;

    /// <summary>Saves the portal answered with anything else (a 503 while SQLite is busy, say): nothing promised.</summary>
    public IReadOnlyCollection<string> Refused => _refused;

    /// <summary>Saves that were on their way when the portal died: no answer, nothing promised.</summary>
    public int Interrupted => _interrupted;

    /// <summary>Runs one worker per relation until the portal stops answering.</summary>
    public Task RunAsync() => Task.WhenAll(consentUrls.Select((url, worker) => Task.Run(() => WorkAsync(url, worker))));

    private async Task WorkAsync(string consentUrl, int worker)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var n = 0; ; n++)
        {
            var note = $"burst-{worker}-{n}";
            var values = Enum.GetValues<ConsentTopic>().ToDictionary(t => $"Input.Levels[{t}]", _ => "Informed");
            values["Input.GivenHow"] = "Oral";
            values["Input.Note"] = note;
            foreach (var topic in Enum.GetValues<ConsentTopic>())
            {
                // Each save moves every topic's last day, so each one records something.
                values[$"Input.Until[{topic}]"] = today.AddDays(n + 2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            try
            {
                // Opened again for each save, as after the last one: a form opened before a save is refused as changed
                // meanwhile (ShownRows), not saved over it.
                var form = await staff.GetDocumentAsync(consentUrl);
                using var response = await staff.SubmitAsync(form, values);
                var saved = response.StatusCode == HttpStatusCode.Redirect
                    && response.Headers.Location?.PathAndQueryOrOriginal().StartsWith("/Staff/Citizens/", StringComparison.Ordinal) == true
                    && !response.Headers.Location.OriginalString.EndsWith("/Consent", StringComparison.Ordinal);
                (saved ? _acknowledged : _refused).Add(note);
            }
            catch (InvalidOperationException)
            {
                // The form did not come (a 503 page while SQLite is busy): nothing was sent.
                _refused.Add(note);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref _interrupted);
                return;
            }
        }
    }
}
