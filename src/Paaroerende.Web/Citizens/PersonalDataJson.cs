using System.Text.Json;
using System.Text.Json.Serialization;
using Paaroerende.Core.Invitations;
using Paaroerende.Core.Privacy;

namespace Paaroerende.Web.Citizens;

/// <summary>The art. 15 copy as JSON: the subject, then one list per table, named after the table.</summary>
public static class PersonalDataJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static byte[] Create(PersonalData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var document = new
        {
            subject = data.Subject.ToString(),
            subjectId = data.SubjectId,
            generatedAtUtc = data.GeneratedAtUtc,
            tables = new Dictionary<string, object>
            {
                ["AspNetUsers"] = data.AspNetUsers,
                ["Citizens"] = data.Citizens,
                ["People"] = data.People,
                ["Relations"] = data.Relations,
                ["ConsentRecords"] = data.ConsentRecords,
                ["CitizenUpdates"] = data.CitizenUpdates,
                ["CitizenUpdateRevisions"] = data.CitizenUpdateRevisions,
                ["AuditEntries"] = data.AuditEntries,
                ["ExpectationAgreements"] = data.ExpectationAgreements,
                ["ExpectationAcknowledgements"] = data.ExpectationAcknowledgements,
                ["WellbeingCheckIns"] = data.WellbeingCheckIns,
                ["UnitFeedback"] = data.UnitFeedback,
                ["RelativeInvitations"] = data.RelativeInvitations,
                ["CitizenInvitations"] = data.CitizenInvitations,
                ["NotificationPreferences"] = data.NotificationPreferences,
                ["SentNotifications"] = data.SentNotifications,
                ["MessageThreads"] = data.MessageThreads,
                ["Messages"] = data.Messages,
                ["Attachments"] = data.Attachments,
                ["CitizenNominations"] = data.CitizenNominations,
                ["CitizenMeetings"] = data.CitizenMeetings,
                ["MeetingInvitations"] = data.MeetingInvitations,
                ["CitizenMeetingRevisions"] = data.CitizenMeetingRevisions,
                ["EventSignUps"] = data.EventSignUps,
            },
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Options);
    }

    public static string FileName(PersonalData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return $"mine-data-{data.GeneratedAtUtc:yyyyMMdd-HHmmss}.json";
    }
}
