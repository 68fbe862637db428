using Paaroerende.Core.Identity;

namespace Paaroerende.Core.Invitations;

/// <summary>
/// A relative's or a citizen's invitation whose link can still be accepted (one flow for both, docs/adr/0011). What
/// differs between the two kinds is said here once, so the pages that accept one (a password, MitID) never ask which
/// kind it is.
/// </summary>
public abstract class OpenInvitation
{
    private protected OpenInvitation(Guid id, string email, string name) => (Id, Email, Name) = (id, email, name);

    public Guid Id { get; }

    /// <summary>Where the invitation was sent; a new sign-in gets this address.</summary>
    public string Email { get; }

    /// <summary>The invited person's full name, for the page and a new sign-in.</summary>
    public string Name { get; }

    /// <summary>The role the sign-in gets by accepting.</summary>
    public abstract string Role { get; }

    /// <summary>A citizen accepts with their own MitID only; a relative may choose a password where passwords are on (docs/adr/0042).</summary>
    public abstract bool AcceptsPassword { get; }

    public bool ForCitizen => Role == PortalRoles.Citizen;

    /// <summary>Whether this sign-in (null: a new one) may accept it.</summary>
    public virtual bool CanBind(PortalUser? user) => true;

    /// <summary>Uses up the link, once; run it inside the transaction that links the sign-in.</summary>
    public abstract Task<bool> TryUseAsync(CancellationToken ct);

    /// <summary>Links the invited person or citizen to the sign-in and audits it, in the pending changes.</summary>
    public abstract Task LinkAsync(PortalUser user, CancellationToken ct);

    internal sealed class ForRelative(RelativeInvitations store, RelativeInvitation invitation, string name)
        : OpenInvitation(invitation.Id, invitation.Email, name)
    {
        public override string Role => PortalRoles.Relative;

        public override bool AcceptsPassword => true;

        public override Task<bool> TryUseAsync(CancellationToken ct) => store.TryUseAsync(invitation.Id, ct);

        public override Task LinkAsync(PortalUser user, CancellationToken ct) => store.LinkAsync(invitation, user, ct);
    }

    internal sealed class ForCitizenView(CitizenInvitations store, CitizenInvitation invitation, string name)
        : OpenInvitation(invitation.Id, invitation.Email, name)
    {
        public override string Role => PortalRoles.Citizen;

        public override bool AcceptsPassword => false;

        /// <summary>A sign-in belongs to one citizen at most.</summary>
        public override bool CanBind(PortalUser? user) => user?.CitizenId is not { } other || other == invitation.CitizenId;

        public override Task<bool> TryUseAsync(CancellationToken ct) => store.TryUseAsync(invitation.Id, ct);

        public override Task LinkAsync(PortalUser user, CancellationToken ct) => store.LinkAsync(invitation, user, ct);
    }
}
