using Microsoft.Extensions.Localization;

namespace Paaroerende.Web.Forms;

/// <summary>
/// A page's own texts for its page model (messages set in code): the same resource file the view's IViewLocalizer
/// reads (Resources/Pages/Area/Page.resx), then SharedResource. IStringLocalizer&lt;PageModel&gt; would look for a
/// file named after the class ("ImportModel.resx") instead.
/// </summary>
public sealed class PageText<TPageModel>(IStringLocalizerFactory factory) : IStringLocalizer
{
    private readonly IStringLocalizer _inner = PageFirstStringLocalizer.For(typeof(TPageModel), factory);

    public LocalizedString this[string name] => _inner[name];

    public LocalizedString this[string name, params object[] arguments] => _inner[name, arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _inner.GetAllStrings(includeParentCultures);
}
