using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Mvc;

namespace Paaroerende.Web.Calendar;

/// <summary>
/// One event or meeting as an .ics file (RFC 5545) for the relative's own calendar. Times are written in UTC ("Z"), so
/// every calendar shows them right in Danish time, summer or winter, without a time-zone table in the file
/// (docs/adr/0036). The file holds what the page shows, nothing more.
/// </summary>
public static class CalendarFile
{
    public const string ContentType = "text/calendar";

    public static FileContentResult For(CalendarItem item, DateTime stampUtc)
    {
        ArgumentNullException.ThrowIfNull(item);
        var calendar = new Ical.Net.Calendar { ProductId = "-//Paaroerendeportalen//DA" };
        calendar.AddProperty("METHOD", "PUBLISH");
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"{item.Id}@paaroerendeportalen",
            Summary = item.Title,
            Description = item.Description,
            Location = item.Place,
            Start = Utc(item.StartsAtUtc),
            End = Utc(item.EndsAtUtc),
            DtStamp = Utc(stampUtc),

            // One more for each correction: a calendar app replaces its copy of the same UID only for a higher SEQUENCE.
            Sequence = item.Sequence,
        });
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return new FileContentResult(Encoding.UTF8.GetBytes(text), $"{ContentType}; charset=utf-8") { FileDownloadName = item.FileName };
    }

    private static CalDateTime Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}

/// <summary>
/// What a calendar file says: the page's title, text, place and times; the file's name (ASCII, no personal data); its
/// SEQUENCE, the number of corrections (docs/adr/0041).
/// </summary>
public sealed record CalendarItem(
    Guid Id, string Title, string Description, string Place, DateTime StartsAtUtc, DateTime EndsAtUtc, string FileName, int Sequence = 0);
