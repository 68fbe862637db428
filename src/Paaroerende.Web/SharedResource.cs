namespace Paaroerende.Web;

/// <summary>Marker for Resources/SharedResource.resx: texts used on many pages (layout, buttons, validation).</summary>
public sealed class SharedResource;
