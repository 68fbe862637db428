using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Paaroerende.Web.Relatives;

public enum RelativeNoticeKind
{
    AgreementAcknowledged,
    FeedbackSent,
    RelationEnded,
}

/// <summary>
/// What a relative's form just saved, carried across its redirect (post-redirect-get) so the next page can say so.
/// Only a kind and a name travel; the page words the notice in the user's language.
/// </summary>
public sealed record RelativeNotice(RelativeNoticeKind Kind, string? Name = null)
{
    private const string KindKey = "RelativeNotice.Kind";
    private const string NameKey = "RelativeNotice.Name";

    public void Store(ITempDataDictionary tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[KindKey] = Kind.ToString();
        tempData[NameKey] = Name;
    }

    /// <summary>Reads (and so removes) the notice, if the previous request left one.</summary>
    public static RelativeNotice? Take(ITempDataDictionary tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        return Enum.TryParse<RelativeNoticeKind>(tempData[KindKey] as string, out var kind)
            ? new RelativeNotice(kind, tempData[NameKey] as string)
            : null;
    }
}
