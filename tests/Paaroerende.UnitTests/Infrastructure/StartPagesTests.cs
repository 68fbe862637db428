using Paaroerende.Core.Identity;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.UnitTests.Infrastructure;

public class StartPagesTests
{
    [Theory]
    [InlineData(PortalRoles.Relative, "/Relatives")]
    [InlineData(PortalRoles.Citizen, "/Citizen")]
    [InlineData(PortalRoles.Staff, "/Staff")]
    [InlineData(PortalRoles.Administrator, "/Admin")]
    public void Each_role_has_its_own_start_page(string role, string startPage) =>
        Assert.Equal(startPage, StartPages.For([role]));

    [Fact]
    public void A_user_with_no_role_starts_on_the_front_page() => Assert.Equal("/", StartPages.For([]));

    [Fact]
    public void A_staff_member_who_is_also_a_relative_starts_at_work() =>
        Assert.Equal("/Staff", StartPages.For([PortalRoles.Relative, PortalRoles.Staff]));
}
