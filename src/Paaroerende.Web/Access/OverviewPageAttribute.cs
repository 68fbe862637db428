namespace Paaroerende.Web.Access;

/// <summary>
/// Marks a page that names no citizen or relation in its route: it lists or opens only the signed-in person's own
/// things, scoped by its own query (a relative's start page, a staff member's inbox, an item of the staff member's own
/// units, the administrator's start page). Every other page of an area must name what it is about in its route, or its
/// area's access filter answers 404: a page cannot opt out by forgetting.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OverviewPageAttribute : Attribute;
