using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Paaroerende.Core.Administration;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Expectations;
using Paaroerende.Core.Messages;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Core.Data;

/// <summary>
/// History is never rewritten: consent records, audit entries (relatives' and administrators') and expectation
/// agreements with their acknowledgements can only be added, and a relation can only be ended once. Checked here for tracked changes and for bulk UPDATE/DELETE commands; the
/// database triggers of the ConsentGate and Administration migrations refuse the same underneath. The retention purge
/// alone may delete old rows (docs/adr/0012).
/// </summary>
internal sealed partial class AppendOnlyGuard : SaveChangesInterceptor, IDbCommandInterceptor
{
    public static readonly AppendOnlyGuard Instance = new();

    private static readonly string[] EndFields =
        [nameof(Relation.EndedAtUtc), nameof(Relation.EndedByUserId), nameof(Relation.EndedBy), nameof(Relation.EndReason)];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> NonQueryExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        CheckCommand(command);
        return result;
    }

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        CheckCommand(command);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case ConsentRecord or AuditEntry or AdminAuditEntry or ExpectationAgreement or ExpectationAcknowledgement or Message
                    or MessageRead or Updates.TextRevision or Attachments.Attachment or Calendar.CalendarRevision
                    when entry.State is EntityState.Modified or EntityState.Deleted:
                    throw new AppendOnlyViolationException($"{entry.Metadata.ClrType.Name} is append-only.");
                case Updates.ICorrectableText when entry.State == EntityState.Deleted:
                    throw new AppendOnlyViolationException("Published text is withdrawn, never deleted.");
                case Updates.ICorrectableText when entry.State == EntityState.Modified:
                    CheckUpdateChange(entry);
                    break;
                case Calendar.ICancellable when entry.State == EntityState.Deleted:
                    throw new AppendOnlyViolationException("An event or a meeting is cancelled, never deleted.");
                case Calendar.ICancellable when entry.State == EntityState.Modified:
                    CheckCalendarChange(context, entry);
                    break;
                case Relation when entry.State == EntityState.Deleted:
                    throw new AppendOnlyViolationException("A relation is ended, never deleted.");
                case Relation when entry.State == EntityState.Modified:
                    CheckRelationChange(entry);
                    break;
            }
        }
    }

    /// <summary>
    /// An update's or a news item's text may be corrected (its old text kept as a revision) and it may be withdrawn, once;
    /// its topic, citizen or unit, author and time never change, so what a grant disclosed stays decidable, and a
    /// withdrawn text stays withdrawn.
    /// </summary>
    private static void CheckUpdateChange(EntityEntry entry)
    {
        var changed = entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name);
        var withdrawnBefore = entry.OriginalValues[nameof(Updates.ICorrectableText.WithdrawnAtUtc)] is not null;
        if (withdrawnBefore || changed.Except(UpdateCorrectionFields).Any())
        {
            throw new AppendOnlyViolationException("An update's text can be corrected and the update withdrawn; nothing else changes.");
        }
    }

    private static readonly string[] UpdateCorrectionFields =
    [
        nameof(Updates.ICorrectableText.Title), nameof(Updates.ICorrectableText.Body), nameof(Updates.ICorrectableText.CorrectedAtUtc),
        nameof(Updates.ICorrectableText.WithdrawnAtUtc),
    ];

    /// <summary>
    /// An event or a meeting may be cancelled, once, and while not cancelled its text, place and time corrected — only
    /// with a revision added in the same save, so what it said before is kept (docs/adr/0036, 0041). Its unit, citizen,
    /// kind, topic, deadline and guest limit never change.
    /// </summary>
    private static void CheckCalendarChange(DbContext context, EntityEntry entry)
    {
        var changed = entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).ToList();
        var cancelledBefore = entry.OriginalValues[nameof(Calendar.ICancellable.CancelledAtUtc)] is not null;
        var corrected = changed.Intersect(CalendarCorrectionFields).Any();
        if (cancelledBefore || changed.Except(CancellationFields).Except(CalendarCorrectionFields).Any()
            || (corrected && !HasNewRevision(context, (Calendar.ICancellable)entry.Entity)))
        {
            throw new AppendOnlyViolationException(
                "An event or a meeting can be cancelled, once, and corrected with a revision; nothing else changes.");
        }
    }

    private static bool HasNewRevision(DbContext context, Calendar.ICancellable item) =>
        context.ChangeTracker.Entries<Calendar.CalendarRevision>().Any(r => r.State == EntityState.Added && r.Entity switch
        {
            Calendar.CitizenMeetingRevision m => m.MeetingId == item.Id,
            Calendar.UnitEventRevision e => e.EventId == item.Id,
            _ => false,
        });

    private static readonly string[] CancellationFields =
    [
        nameof(Calendar.ICancellable.CancelledAtUtc), nameof(Calendar.ICancellable.CancelledByUserId), nameof(Calendar.ICancellable.CancelReason),
    ];

    private static readonly string[] CalendarCorrectionFields =
    [
        nameof(Calendar.UnitEvent.Title), nameof(Calendar.UnitEvent.Description), nameof(Calendar.CitizenMeeting.Note),
        nameof(Calendar.ICorrectableCalendarItem.Place), nameof(Calendar.ICorrectableCalendarItem.StartsAtUtc),
        nameof(Calendar.ICorrectableCalendarItem.EndsAtUtc), nameof(Calendar.ICorrectableCalendarItem.CorrectedAtUtc),
        nameof(Calendar.ICorrectableCalendarItem.RescheduledAtUtc), nameof(Calendar.ICorrectableCalendarItem.Sequence),
    ];

    private static void CheckRelationChange(EntityEntry entry)
    {
        var changed = entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).ToList();
        var endedBefore = entry.OriginalValues[nameof(Relation.EndedAtUtc)] is not null;
        if (endedBefore || changed.Except(EndFields).Any())
        {
            throw new AppendOnlyViolationException("A relation can only be ended, and only once.");
        }
    }

    private static void CheckCommand(DbCommand command)
    {
        var text = command.CommandText;
        var change = FirstMatch(text, BulkChangeOfAppendOnlyTable(), SqlServerBulkChangeOfAppendOnlyTable());
        if (change.Success && !IsRetentionDelete(change, text) && !IsMigrationBackfill(change, text))
        {
            throw new AppendOnlyViolationException("Consent records, audit entries and expectation agreements are append-only.");
        }

        var deletion = FirstMatch(text, BulkDeleteOfRelations(), SqlServerBulkDeleteOfRelations());
        if (deletion.Success && !IsRetentionDelete(deletion, text))
        {
            throw new AppendOnlyViolationException("A relation is ended, never deleted.");
        }
    }

    private static Match FirstMatch(string text, Regex plain, Regex sqlServer)
    {
        var match = plain.Match(text);
        return match.Success ? match : sqlServer.Match(text);
    }

    /// <summary>
    /// The retention purge (docs/adr/0012) is the one path that deletes history: its DELETE statements carry its tag.
    /// Underneath, the database triggers still refuse any row newer than the open retention run's cut-off.
    /// </summary>
    private static bool IsRetentionDelete(Match match, string text) =>
        match.Groups[1].Value.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
        && text.StartsWith($"-- {Retention.RetentionPurge.CommandTag}", StringComparison.Ordinal);

    /// <summary>
    /// A migration that adds a column to the history fills it once for the rows already there; its UPDATE carries this
    /// tag. Nothing at run time can send it: the portal's own code writes no raw UPDATE of these tables.
    /// </summary>
    internal const string MigrationBackfillTag = "-- One-time fill of a column added to append-only history";

    private static bool IsMigrationBackfill(Match match, string text) =>
        match.Groups[1].Value.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
        && text.StartsWith(MigrationBackfillTag, StringComparison.Ordinal);

    private const string AppendOnlyTables =
        "ConsentRecords|AuditEntries|AdminAuditEntries|ExpectationAgreements|ExpectationAcknowledgements|CitizenUpdateRevisions|UnitNewsRevisions|Attachments|CitizenMeetingRevisions|UnitEventRevisions";

    [GeneratedRegex($$"""^\s*(UPDATE|DELETE\s+FROM)\s+["\[]?({{AppendOnlyTables}})["\]]?(?!\w)""", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex BulkChangeOfAppendOnlyTable();

    [GeneratedRegex("""^\s*(DELETE\s+FROM)\s+["\[]?Relations["\]]?(?!\w)""", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex BulkDeleteOfRelations();

    /// <summary>
    /// EF's SQL Server provider names the table's alias first and the table in a FROM clause after it:
    /// <c>DELETE FROM [c] FROM [ConsentRecords] AS [c]</c>, <c>UPDATE [a] SET … FROM [AuditEntries] AS [a]</c>.
    /// </summary>
    [GeneratedRegex($$"""^\s*(UPDATE|DELETE\s+FROM)\s+\[\w+\]\s+(?:SET\s[\s\S]*?)?^\s*FROM\s+\[({{AppendOnlyTables}})\]""", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex SqlServerBulkChangeOfAppendOnlyTable();

    [GeneratedRegex("""^\s*(DELETE\s+FROM)\s+\[\w+\]\s+^\s*FROM\s+\[Relations\]""", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex SqlServerBulkDeleteOfRelations();
}

public sealed class AppendOnlyViolationException(string message) : InvalidOperationException(message);
