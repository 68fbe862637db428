using System.Linq.Expressions;
using Paaroerende.Core.Attachments;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;

namespace Paaroerende.Web.Relatives;

/// <summary>
/// The relative's citizen page as one flat list of rows: the head (the relation that let the read through, the
/// citizen's facts, the allowed topics, the agreement), the page of updates and the unit's newest news, united with
/// UNION ALL. One command still, as before, but without the cross product that three lists in one projection gave
/// (eleven updates times five news, each row repeating every key; materialising it was a third of the page's CPU).
/// An update or news item comes with its pictures and PDFs: a row per file (a LEFT JOIN from the item to the files by
/// the owner index), or one row without a file.
/// </summary>
/// <remarks>
/// Each value has a column of its own, so no column unites two different store types (a title of 200 characters with
/// one of 300); every branch names every member in the same order, as EF unites the projections member by member. The
/// other kinds' columns are filled with typed stand-ins (an id, an empty text, a zero), never NULL: PostgreSQL types a
/// bare NULL inside a subquery as text, and "UNION types uuid and text cannot be matched" follows. Readers look only
/// at the members of a row's <see cref="CitizenPageRow.Kind"/>. The news and the updates each require the same relation as the head,
/// so a sign-in without an active relation to the citizen gets no row at all.
/// <para>
/// The files are joined to the page's items, not the items looked for from the files: asked as "every update
/// attachment whose update is on the page" (EXISTS), SQLite went through every update attachment of the deployment and
/// worked the page out again for each (30 ms a page with 7,000 of them in the file, against 0.2 ms); as a plain join it
/// still chose to go through them all. A LEFT JOIN keeps its left side outside, so the page is worked out once and
/// each of its items is looked up in the owner index (<c>QueryPlanTests</c> holds the plan to that).
/// </para>
/// </remarks>
public static class CitizenPageRows
{
    public const int Head = 0;

    public const int Update = 1;

    public const int News = 2;

    /// <summary>
    /// An update's row. Its topic travels as its bit in <see cref="CitizenPageRow.TopicBits"/>: a topic column would need
    /// a stand-in in the other rows, and EF writes an enum constant there as a number, which PostgreSQL will not unite
    /// with the stored name.
    /// </summary>
    private static readonly Expression<Func<VisibleUpdate, Attachment?, CitizenPageRow>> UpdateRow =
        ParameterSubstitution.WithUpdateTopicBit<VisibleUpdate, Attachment?, CitizenPageRow>(
        (u, a, topicBit) => new CitizenPageRow
        {
            Kind = Update, RelationId = u.Id, PersonId = u.Id,
            Name = "", Municipality = "", Unit = "", Street = "", PostalCode = "", City = "", Phone = "",
            Email = "", VisitingHours = "", OpeningHours = "",
            TopicBits = topicBit, HasComing = false, RelativeBornOn = CitizenPageRow.NotKnown, AgreementVersion = 0, AgreementAcknowledgedAtUtc = u.PublishedAtUtc,
            UpdateId = u.Id, UpdateTitle = u.Title, UpdateBody = u.Body,
            NewsTitle = "", NewsBody = "", PublishedAtUtc = u.PublishedAtUtc, ChangedAtUtc = u.CorrectedAtUtc ?? u.PublishedAtUtc,
            HasFile = a != null, FileId = a != null ? a.Id : u.Id, FileName = a != null ? a.FileName : "",
            FileType = a != null ? a.ContentType : "", FileSize = a != null ? a.SizeBytes : 0,
            FileAlt = a != null && a.AltText != null ? a.AltText : "", FileUploadedAtUtc = a != null ? a.UploadedAtUtc : u.PublishedAtUtc,
        });

    public static IQueryable<CitizenPageRow> Query(
        PortalDbContext db, ConsentGate gate, IQueryable<Relation> activeRelations, Guid citizenId, DateTime atUtc, int skip)
    {
        var relation = activeRelations.Where(r => r.CitizenId == citizenId).OrderByDescending(r => r.RecordedAtUtc).Take(1);
        var allowed = gate.AllowedTopicsOn(activeRelations, atUtc);
        var head = relation.Select(r => new CitizenPageRow
        {
            Kind = Head, RelationId = r.Id, PersonId = r.PersonId,
            Name = r.Citizen!.FirstName + " " + r.Citizen.LastName, Municipality = r.Citizen.Municipality!.Name,
            Unit = r.Citizen.Unit!.Name, Street = r.Citizen.Unit.StreetAddress, PostalCode = r.Citizen.Unit.PostalCode,
            City = r.Citizen.Unit.City, Phone = r.Citizen.Unit.Phone, Email = r.Citizen.Unit.Email,
            VisitingHours = r.Citizen.Unit.VisitingHours, OpeningHours = r.Citizen.Unit.OpeningHours,

            // A bit per topic rather than rows of their own.
            TopicBits = allowed.Where(t => t.PersonId == r.PersonId && t.CitizenId == r.CitizenId).Sum(Core.Consents.TopicBits.Of),

            // A young relative's page is written for a young reader (ADR 0038).
            RelativeBornOn = r.Person!.BirthDate ?? CitizenPageRow.NotKnown,

            // Only when a decision is already made to start later does the page read the lines to tell of it (rarely).
            HasComing = db.CurrentConsents.Any(c => c.PersonId == r.PersonId && c.CitizenId == r.CitizenId
                && c.ValidFromUtc > atUtc && (c.Level == ConsentLevel.Informed || c.Level == ConsentLevel.Involved)),
            AgreementVersion = db.ExpectationAgreements.Where(a => a.RelationId == r.Id)
                .OrderByDescending(a => a.Version).Select(a => (int?)a.Version).FirstOrDefault(),
            AgreementAcknowledgedAtUtc = db.ExpectationAgreements.Where(a => a.RelationId == r.Id)
                .OrderByDescending(a => a.Version)
                .Select(a => db.ExpectationAcknowledgements.Where(k => k.AgreementId == a.Id)
                    .Select(k => (DateTime?)k.AcknowledgedAtUtc).FirstOrDefault())
                .FirstOrDefault(),
            UpdateId = r.Id, UpdateTitle = "", UpdateBody = "",
            NewsTitle = "", NewsBody = "", PublishedAtUtc = r.RecordedAtUtc, ChangedAtUtc = r.RecordedAtUtc,
            HasFile = false, FileId = r.Id, FileName = "", FileType = "", FileSize = 0, FileAlt = "", FileUploadedAtUtc = r.RecordedAtUtc,
        });

        var pageOfUpdates = gate.VisibleUpdatesOn(activeRelations, atUtc)
            .Where(u => u.CitizenId == citizenId && relation.Any(r => r.PersonId == u.PersonId))
            .OrderByDescending(u => u.PublishedAtUtc).ThenByDescending(u => u.Id)
            .Skip(skip)
            .Take(RelativeCitizenView.PageSize + 1);
        // Each item on the page brings its own pictures and PDFs (docs/adr/0039): joined from the gate-filtered page, so a
        // file is shown only where its item is; their description, name and size, never the bytes.
        var updates = pageOfUpdates.SelectMany(
            u => db.Attachments.Where(a => a.OwnerKind == AttachmentOwner.CitizenUpdate && a.OwnerId == u.Id).DefaultIfEmpty(),
            UpdateRow);

        // The citizen's unit as one value (a scalar sub-query by the citizen's key), so the news are read from the newest
        // end of the unit's index and the reading stops at the fifth: as "the unit is among the citizen's units" (IN),
        // both databases read every news item the unit ever published (a hundred more each year) and sorted them
        // (QueryPlanTests; docs/performance.md). The relation still decides whether there are any: asked once, not for each
        // news item, as the unit is already the citizen's.
        var newsShown = db.UnitNews
            .Where(n => n.UnitId == db.Citizens.Where(c => c.Id == citizenId).Select(c => (Guid?)c.UnitId).FirstOrDefault()
                && n.PublishedAtUtc <= atUtc && n.WithdrawnAtUtc == null
                && relation.Any())
            .OrderByDescending(n => n.PublishedAtUtc)
            .Take(RelativeCitizenView.NewsShown);
        var news = newsShown.SelectMany(
            n => db.Attachments.Where(a => a.OwnerKind == AttachmentOwner.UnitNews && a.OwnerId == n.Id).DefaultIfEmpty(),
            (n, a) => new CitizenPageRow
            {
                Kind = News, RelationId = n.Id, PersonId = n.Id,
                Name = "", Municipality = "", Unit = "", Street = "", PostalCode = "", City = "", Phone = "",
                Email = "", VisitingHours = "", OpeningHours = "",
                TopicBits = 0, HasComing = false, RelativeBornOn = CitizenPageRow.NotKnown, AgreementVersion = 0, AgreementAcknowledgedAtUtc = n.PublishedAtUtc,
                UpdateId = n.Id, UpdateTitle = "", UpdateBody = "",
                NewsTitle = n.Title, NewsBody = n.Body, PublishedAtUtc = n.PublishedAtUtc, ChangedAtUtc = n.CorrectedAtUtc ?? n.PublishedAtUtc,
                HasFile = a != null, FileId = a != null ? a.Id : n.Id, FileName = a != null ? a.FileName : "",
                FileType = a != null ? a.ContentType : "", FileSize = a != null ? a.SizeBytes : 0,
                FileAlt = a != null && a.AltText != null ? a.AltText : "", FileUploadedAtUtc = a != null ? a.UploadedAtUtc : n.PublishedAtUtc,
            });

        // The order is the database's, so the updates keep the order their page was cut by (ties by id included).
        // An item's files follow it in the order they were added (docs/adr/0039).
        return head.Concat(updates).Concat(news)
            .OrderBy(x => x.Kind).ThenByDescending(x => x.PublishedAtUtc).ThenByDescending(x => x.UpdateId)
            .ThenBy(x => x.FileUploadedAtUtc);
    }
}

/// <summary>One row of <see cref="CitizenPageRows"/>; which members are filled depends on <see cref="Kind"/>.</summary>
public sealed class CitizenPageRow
{
    public int Kind { get; init; }

    public Guid RelationId { get; init; }

    public Guid PersonId { get; init; }

    public string Name { get; init; } = "";

    public string Municipality { get; init; } = "";

    public string Unit { get; init; } = "";

    public string? Street { get; init; }

    public string? PostalCode { get; init; }

    public string? City { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? VisitingHours { get; init; }

    public string? OpeningHours { get; init; }

    /// <summary>The allowed topics on the head; an update's own topic on an update's row.</summary>
    public int TopicBits { get; init; }

    public bool HasComing { get; init; }

    /// <summary>The relative's birth date on the head, <see cref="NotKnown"/> if none (a date, never NULL: see above).</summary>
    public DateOnly RelativeBornOn { get; init; }

    public static readonly DateOnly NotKnown = DateOnly.MinValue;

    public int? AgreementVersion { get; init; }

    public DateTime? AgreementAcknowledgedAtUtc { get; init; }

    public Guid UpdateId { get; init; }

    public string UpdateTitle { get; init; } = "";

    public string UpdateBody { get; init; } = "";

    public string NewsTitle { get; init; } = "";

    public string NewsBody { get; init; } = "";

    public DateTime PublishedAtUtc { get; init; }

    /// <summary>An update's or news item's last correction, or its publishing time if never corrected (never NULL: see above).</summary>
    public DateTime ChangedAtUtc { get; init; }

    /// <summary>Whether the row carries one of its update's or news item's files (the File members).</summary>
    public bool HasFile { get; init; }

    public Guid FileId { get; init; }

    public string FileName { get; init; } = "";

    public string FileType { get; init; } = "";

    public int FileSize { get; init; }

    /// <summary>A picture's description; empty for a PDF (never NULL: see above).</summary>
    public string FileAlt { get; init; } = "";

    public DateTime FileUploadedAtUtc { get; init; }
}
