using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Paaroerende.Web.Infrastructure;

/// <summary>Identity's messages in the user's language, worded as what to do next.</summary>
internal sealed class DanishIdentityErrorDescriber(IStringLocalizer<SharedResource> text) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = text["Identity_PasswordTooShort", length] };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = text["Identity_PasswordRequiresUniqueChars", uniqueChars] };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = text["Identity_InvalidToken"] };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = text["Identity_DuplicateEmail"] };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = text["Identity_DuplicateEmail"] };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = text["Identity_DefaultError"] };
}
