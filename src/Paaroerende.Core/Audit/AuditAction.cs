namespace Paaroerende.Core.Audit;

public enum AuditAction
{
    /// <summary>A relative opened a citizen's page (one entry per topic shown, or one without topic).</summary>
    RelativeRead,

    /// <summary>A relative asked for a citizen they may not see, or that does not exist.</summary>
    RelativeReadDenied,

    RelationRecorded,
    RelationEnded,
    ConsentRecorded,

    /// <summary>Staff opened a citizen's audit log.</summary>
    AuditLogRead,

    /// <summary>Staff recorded a new version of a relation's expectation agreement.</summary>
    ExpectationsRecorded,

    /// <summary>The relative acknowledged a version of the expectation agreement.</summary>
    ExpectationsAcknowledged,

    /// <summary>Staff invited the relative (or, without a relation, the citizen) to the portal.</summary>
    InvitationSent,

    /// <summary>An invitation was accepted: a new sign-in, or the relation (or citizen) added to an existing one.</summary>
    InvitationAccepted,

    /// <summary>Staff corrected the text of an update about the citizen (what it said before is kept).</summary>
    UpdateCorrected,

    /// <summary>Staff withdrew an update about the citizen: no relative sees it from then on.</summary>
    UpdateWithdrawn,

    /// <summary>Staff corrected the text of a unit's news (what it said before is kept).</summary>
    NewsCorrected,

    /// <summary>Staff withdrew a unit's news: no relative sees it from then on.</summary>
    NewsWithdrawn,

    /// <summary>Staff attached a picture or a PDF to an update, a news item or council minutes (docs/adr/0039).</summary>
    AttachmentAdded,

    /// <summary>Staff downloaded an attachment (a relative's download is a <see cref="RelativeRead"/> naming it).</summary>
    AttachmentDownloaded,

    /// <summary>Staff cancelled a unit's event: no relative sees it from then on; its sign-ups stay for the record.</summary>
    EventCancelled,

    /// <summary>Staff cancelled a meeting about the citizen: no invited relative sees it from then on.</summary>
    MeetingCancelled,

    /// <summary>
    /// A MitID sign-in was refused (the detail says why: a rejected token, too low an assurance level, a subject the
    /// portal does not know); the actor is <see cref="Identity.MitIdTestPersons.AnonymousActor"/> when no account is known.
    /// </summary>
    MitIdSignInRefused,

    /// <summary>A MitID identity (issuer and subject) was bound to a sign-in when an invitation was accepted.</summary>
    MitIdBound,

    /// <summary>The citizen named a relative themself and the invitation was sent (the item is the nomination).</summary>
    NominationSent,

    /// <summary>The citizen withdrew a nomination that waited for an answer: its link stops working.</summary>
    NominationWithdrawn,

    /// <summary>The nominated person accepted with MitID: the relation and the chosen consents started.</summary>
    NominationAccepted,

    /// <summary>Staff corrected a unit's event (title, description, place or time; what it said before is kept).</summary>
    EventCorrected,

    /// <summary>Staff corrected a meeting about the citizen (place, time or note; what it said before is kept).</summary>
    MeetingCorrected,

    /// <summary>
    /// A sign-in through a municipality's own identity provider was refused (the detail says why: a rejected token, no
    /// multi-factor claim, no group that grants a role, a subject the portal does not know); the actor is
    /// <see cref="Identity.StaffIdpTestPersons.AnonymousActor"/> when no account is known.
    /// </summary>
    StaffSignInRefused,

    /// <summary>An employee's identity at the municipality's provider (issuer and subject) was bound to a staff sign-in.</summary>
    StaffIdpBound,
}
