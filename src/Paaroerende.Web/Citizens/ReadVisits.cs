using Paaroerende.Core.Consents;

namespace Paaroerende.Web.Citizens;

/// <summary>
/// "Hvem har kigget?" shows visits, not audit entries. The audit log has a line per topic shown per page read, so one
/// look at the citizen's page is several lines, and a relative who opens three pages is many more.
/// <para>
/// <b>The rule for a visit:</b> the reads of one relative (person record) of this citizen, each less than
/// <see cref="Gap"/> (30 minutes) after the one before. 30 minutes is the sign-in's idle timeout (docs/adr/0004), so a
/// relative reading on in one session is one visit, and coming back after a break of half an hour or more is a new one
/// (also on the same day). A visit is shown with its first and last read and every topic shown during it; visits are
/// ordered by their last read, newest first. Reads of different relatives are never one visit, even at the same time.
/// </para>
/// </summary>
public static class ReadVisits
{
    public static readonly TimeSpan Gap = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The first <paramref name="wanted"/> visits (or all, if there are fewer) from the reads, newest first; it stops
    /// reading as soon as those visits are complete, so a page of visits does not load the whole log.
    /// </summary>
    public static async Task<IReadOnlyList<Visit>> NewestAsync(IAsyncEnumerable<Read> newestFirst, int wanted, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        var visits = new List<Visit>();
        var open = new Dictionary<Guid, Visit>();
        await foreach (var read in newestFirst.WithCancellation(ct))
        {
            // Everything older than this read is older still: a visit whose first read is a gap or more later is done.
            if (visits.Count >= wanted && visits.Take(wanted).All(v => v.FirstUtc - read.AtUtc >= Gap))
            {
                break;
            }

            var person = read.PersonId ?? Guid.Empty;
            if (open.TryGetValue(person, out var visit) && visit.FirstUtc - read.AtUtc < Gap)
            {
                visit.Add(read);
            }
            else if (visits.Count < wanted)
            {
                visit = new Visit(read);
                open[person] = visit;
                visits.Add(visit);
            }
            else
            {
                // A new visit beyond those wanted: it only tells that there are more, and it is not needed in full.
                open.Remove(person);
            }
        }

        return visits;
    }

    public sealed record Read(DateTime AtUtc, Guid? PersonId, ConsentTopic? Topic);

    public sealed class Visit
    {
        private readonly SortedSet<ConsentTopic> _topics = [];

        public Visit(Read last)
        {
            ArgumentNullException.ThrowIfNull(last);
            PersonId = last.PersonId;
            LastUtc = last.AtUtc;
            FirstUtc = last.AtUtc;
            Add(last);
        }

        public Guid? PersonId { get; }

        public DateTime FirstUtc { get; private set; }

        public DateTime LastUtc { get; }

        /// <summary>The topics shown during the visit, in the topics' own order; empty when only general pages were read.</summary>
        public IReadOnlyCollection<ConsentTopic> Topics => _topics;

        internal void Add(Read read)
        {
            FirstUtc = read.AtUtc < FirstUtc ? read.AtUtc : FirstUtc;
            if (read.Topic is { } topic)
            {
                _topics.Add(topic);
            }
        }
    }
}
