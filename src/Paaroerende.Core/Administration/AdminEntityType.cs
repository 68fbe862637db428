namespace Paaroerende.Core.Administration;

/// <summary>What an administrator can change; the audit log is filtered by these.</summary>
public enum AdminEntityType
{
    DirectoryCategory,
    DirectorySituation,
    DirectoryContact,

    /// <summary>The whole directory at once: a CSV import.</summary>
    Directory,
    Offer,
    RelativesCouncil,
    CouncilMeeting,
    InformationPage,
    Unit,
    StaffAccount,

    /// <summary>The municipality's privacy notice (one per municipality).</summary>
    PrivacyNotice,

    /// <summary>The relatives' feedback in figures, of one unit or the whole municipality (read and exported, not changed).</summary>
    FeedbackReport,

    /// <summary>A picture or a PDF with a council meeting's minutes.</summary>
    CouncilMeetingAttachment,
}
