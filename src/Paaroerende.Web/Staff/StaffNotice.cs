using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Paaroerende.Web.Staff;

/// <summary>
/// What a staff form just saved, carried across its redirect (post-redirect-get) so the next page can say so. Only a
/// kind and a count travel; the page that shows the notice words it in the user's language.
/// </summary>
public enum StaffNoticeKind
{
    RelationRecorded,
    ConsentRecorded,
    RelationEnded,
    UpdatePosted,
    UpdateCorrected,
    UpdateWithdrawn,
    NewsPosted,
    ExpectationsRecorded,
    InvitationSent,
    Handled,
}

public sealed record StaffNotice(StaffNoticeKind Kind, int Count, Guid? RelationId)
{
    private const string KindKey = "StaffNotice.Kind";
    private const string CountKey = "StaffNotice.Count";
    private const string RelationKey = "StaffNotice.Relation";

    public void Store(ITempDataDictionary tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[KindKey] = Kind.ToString();
        tempData[CountKey] = Count;
        tempData[RelationKey] = RelationId?.ToString();
    }

    /// <summary>Reads (and so removes) the notice, if the previous request left one.</summary>
    public static StaffNotice? Take(ITempDataDictionary tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        if (!Enum.TryParse<StaffNoticeKind>(tempData[KindKey] as string, out var kind))
        {
            return null;
        }

        var count = tempData[CountKey] is int n ? n : 0;
        var relation = Guid.TryParse(tempData[RelationKey] as string, out var id) ? id : (Guid?)null;
        return new StaffNotice(kind, count, relation);
    }
}
