using Paaroerende.Core.ContactDirectory;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.Core.Privacy;
using Paaroerende.Core.Tenancy;

namespace Paaroerende.Core.Administration;

/// <summary>
/// The fields of each entity that the audit log keeps, before and after a change. Content fields only: ids of the
/// municipality, sort orders' neighbours, passwords, tokens and keys are never part of a snapshot.
/// </summary>
public static class AdminSnapshots
{
    public static object Of(DirectoryCategory c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new { c.Title, c.SortOrder };
    }

    public static object Of(DirectorySituation s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new { s.Title, s.Description, LastCheckedOn = s.LastCheckedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), s.CategoryId, s.SortOrder };
    }

    public static object Of(DirectoryContact c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new { c.Name, c.Phone, c.Email, c.OpeningHours, c.WebAddress, c.Note, c.SortOrder };
    }

    public static object Of(Offer o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new
        {
            o.Title, Kind = o.Kind.ToString(), o.Description, o.HowToApply, o.LegalReference, o.ContactName, o.Phone, o.Email,
            o.OpeningHours, o.WebAddress, o.SortOrder,
        };
    }

    public static object Of(RelativesCouncil c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new { c.Name, c.Description, c.UnitId, c.ContactEmail };
    }

    public static object Of(CouncilMeeting m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new
        {
            MeetingDate = m.MeetingDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            m.Details, m.MinutesMarkdown,
        };
    }

    /// <summary>A picture's or PDF's description, never its bytes.</summary>
    public static object Of(CouncilMeetingAttachment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new { a.MeetingId, a.FileName, a.ContentType, a.SizeBytes, a.AltText };
    }

    public static object Of(InformationPage p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new { p.Slug, p.Title, p.Summary, p.BodyMarkdown, p.SortOrder };
    }

    public static object Of(Unit u)
    {
        ArgumentNullException.ThrowIfNull(u);
        return new
        {
            u.Name, Type = u.Type.ToString(), u.StreetAddress, u.PostalCode, u.City, u.Phone, u.Email, u.OpeningHours,
            u.VisitingHours,
        };
    }

    /// <summary>A staff account as the administrator sees it: never its password, security stamp or keys.</summary>
    public static object OfStaff(
        string displayName, string? email, IEnumerable<string> roles, IEnumerable<string> unitNames, DateTime? deactivatedAtUtc) =>
        new
        {
            DisplayName = displayName,
            Email = email,
            Roles = roles.Order(StringComparer.Ordinal).ToArray(),
            Units = unitNames.Order(StringComparer.Ordinal).ToArray(),
            Deactivated = deactivatedAtUtc is not null,
        };

    /// <summary>
    /// A whole directory is summarised by its counts and the lines that differ between before and after (at most
    /// <see cref="MaxDirectoryLines"/>): an import replaces everything at once, and the lines say what really changed.
    /// </summary>
    public static object OfDirectory(int categories, int situations, int contacts, IEnumerable<string> linesOnlyHere) =>
        new { Categories = categories, Situations = situations, Contacts = contacts, Lines = linesOnlyHere.Take(MaxDirectoryLines).ToArray() };

    public const int MaxDirectoryLines = 100;

    public static object Of(PrivacyNotice n)
    {
        ArgumentNullException.ThrowIfNull(n);
        return new
        {
            n.ControllerAddress, n.ControllerCvr, n.ControllerEmail, n.ControllerPhone, n.DpoName, n.DpoEmail, n.DpoPhone,
            n.PurposesMarkdown, n.LegalBasesMarkdown,
        };
    }
}
