using System.Text.RegularExpressions;

namespace Paaroerende.IntegrationTests.Performance;

/// <summary>
/// Issue #7: "scale 10 costs at most 1.3× the scale-1 p95 (indexes, no scans)". Every page a relative opens is asked
/// for its SQL, and SQLite's query planner is asked how it would run each SELECT: no table may be read whole. SQLite
/// plans without statistics, the same for a demo database as for a municipality's, so a scan shows here long before it
/// shows in the benchmark. (It found the relative's citizen page numbering every unit's news and every expectation
/// agreement on each request: 89 ms a page once a year of news was in the data.) A search by nothing but a kind column
/// counts as a scan: "every update attachment of the deployment" is a whole table in all but name (it found the citizen
/// page going through all of them, and working its page of updates out again for each: 30 ms a page with 7,000).
/// </summary>
public sealed partial class QueryPlanTests(RelativePagePlans pages) : IClassFixture<RelativePagePlans>
{
    /// <summary>Tables a page may read whole, and why.</summary>
    private static readonly Dictionary<string, string> SmallTables = new(StringComparer.Ordinal)
    {
        ["Municipalities"] = "one row per municipality of the deployment",
        ["AspNetRoles"] = "the four roles",
    };

    /// <summary>Columns with a handful of values: an index search by these alone reads a share of the table, not a few rows.</summary>
    private static readonly HashSet<string> KindColumns = new(StringComparer.Ordinal) { "OwnerKind", "Kind", "Topic", "Level", "Action", "Outcome" };

    [Fact]
    public void No_page_a_relative_opens_reads_a_whole_table()
    {
        var scans = pages.Plans
            .SelectMany(p => TableScans(p.Sql, p.Lines).Select(scan => $"{p.Path}: {scan}\n{p.Sql}\n{string.Join("\n", p.Lines)}"))
            .ToList();

        Assert.True(scans.Count == 0, "Whole tables read:\n" + string.Join("\n", scans.Distinct()));
    }

    /// <summary>
    /// Lists a relatives' page shows only the newest few of, and which grow with every item published: read from the
    /// newest end of an index, the reading stops at the last one shown; read whole and sorted (a temporary B-tree for
    /// the ORDER BY beside the table's search), the page reads more every week. The benchmark's data hold a year of
    /// news per unit at scales 1 and 10 alike, so it does not show the growth; this does.
    /// </summary>
    private static readonly HashSet<string> NewestFirstLists = new(StringComparer.Ordinal) { "UnitNews" };

    [Fact]
    public void No_page_a_relative_opens_sorts_a_whole_list_to_show_its_newest()
    {
        var sorts = pages.Plans
            .SelectMany(p => WholeListSorts(p.Sql, p.Plan, NewestFirstLists).Select(sort => $"{p.Path}: {sort}\n{p.Sql}"))
            .ToList();

        Assert.True(sorts.Count == 0, "Lists read whole and sorted to show their newest:\n" + string.Join("\n", sorts.Distinct()));
    }

    [Fact]
    public void The_sort_check_sees_a_sorted_news_list_and_not_a_sort_elsewhere_or_of_ties()
    {
        const string sql = """SELECT 1 FROM "UnitNews" AS "u5" JOIN "UnitNews" AS "m" JOIN "Relations" AS "r" ON 1""";
        PlanNode[] plan =
        [
            new(2, 0, "CO-ROUTINE u7"),
            new(3, 2, "SEARCH u5 USING INDEX IX_UnitNews_UnitId_PublishedAtUtc (UnitId=? AND PublishedAtUtc<?)"),
            new(4, 2, "USE TEMP B-TREE FOR ORDER BY"),
            new(5, 0, "CO-ROUTINE n"),
            new(6, 5, "SEARCH m USING INDEX IX_UnitNews_UnitId_PublishedAtUtc (UnitId=?)"),
            new(7, 5, "USE TEMP B-TREE FOR RIGHT PART OF ORDER BY"),
            new(8, 0, "CO-ROUTINE r4"),
            new(9, 8, "SEARCH r USING INDEX IX_Relations_PersonId_CitizenId (PersonId=?)"),
            new(10, 8, "USE TEMP B-TREE FOR ORDER BY"),
        ];
        Assert.Equal(["UnitNews (as u5): SEARCH u5 USING INDEX IX_UnitNews_UnitId_PublishedAtUtc (UnitId=? AND PublishedAtUtc<?)"],
            WholeListSorts(sql, plan, NewestFirstLists));
    }

    [Fact]
    public void The_check_sees_a_scan_of_a_table_and_not_of_a_sub_query()
    {
        const string sql = """SELECT "u"."Title" FROM "UnitNews" AS "u" JOIN (SELECT 1) AS "s" ON 1""";
        string[] plan = ["SCAN u USING INDEX IX_UnitNews_UnitId_PublishedAtUtc", "SCAN s", "SEARCH c USING INDEX X (Id=?)"];
        Assert.Equal(["UnitNews (as u): SCAN u USING INDEX IX_UnitNews_UnitId_PublishedAtUtc"], TableScans(sql, plan));
    }

    [Fact]
    public void The_check_sees_a_search_by_a_kind_alone_and_not_by_a_kind_and_an_owner()
    {
        const string sql = """SELECT "a"."FileName" FROM "Attachments" AS "a" JOIN "Attachments" AS "a0" ON 1""";
        string[] plan =
        [
            "SEARCH a USING INDEX IX_Attachments_OwnerKind_OwnerId_UploadedAtUtc (OwnerKind=?)",
            "SEARCH a0 USING INDEX IX_Attachments_OwnerKind_OwnerId_UploadedAtUtc (OwnerKind=? AND OwnerId=?)",
        ];
        Assert.Equal(["Attachments (as a): SEARCH a USING INDEX IX_Attachments_OwnerKind_OwnerId_UploadedAtUtc (OwnerKind=?)"],
            TableScans(sql, plan));
    }

    internal static IEnumerable<string> TableScans(string sql, IReadOnlyList<string> plan)
    {
        var tables = TableAlias().Matches(sql).ToDictionary(m => m.Groups["alias"].Value, m => m.Groups["table"].Value);
        foreach (var line in plan)
        {
            var scan = ScanLine().Match(line);
            var search = SearchLine().Match(line);
            var whole = scan.Success
                || (search.Success && search.Groups["column"].Captures.All(column => KindColumns.Contains(column.Value)));
            var alias = scan.Success ? scan.Groups["alias"].Value : search.Groups["alias"].Value;
            if (whole && tables.TryGetValue(alias, out var table) && !SmallTables.ContainsKey(table))
            {
                yield return $"{table} (as {alias}): {line}";
            }
        }
    }

    /// <summary>A newest-first list searched beside a full sort under the same plan node: the list is read whole.</summary>
    internal static IEnumerable<string> WholeListSorts(string sql, IReadOnlyList<PlanNode> plan, IReadOnlySet<string> lists)
    {
        var tables = TableAlias().Matches(sql).ToDictionary(m => m.Groups["alias"].Value, m => m.Groups["table"].Value);
        foreach (var node in plan)
        {
            var read = ReadLine().Match(node.Detail);
            if (read.Success && tables.TryGetValue(read.Groups["alias"].Value, out var table) && lists.Contains(table)
                && plan.Any(other => other.Parent == node.Parent && other.Detail == "USE TEMP B-TREE FOR ORDER BY"))
            {
                yield return $"{table} (as {read.Groups["alias"].Value}): {node.Detail}";
            }
        }
    }

    [GeneratedRegex(@"(?:FROM|JOIN) ""(?<table>\w+)"" AS ""(?<alias>\w+)""")]
    private static partial Regex TableAlias();

    [GeneratedRegex(@"^SCAN (?<alias>\w+)\b")]
    private static partial Regex ScanLine();

    [GeneratedRegex(@"^(?:SCAN|SEARCH) (?<alias>\w+)\b")]
    private static partial Regex ReadLine();

    /// <summary>An index search and the columns it is narrowed by: "SEARCH a USING INDEX IX (OwnerKind=? AND OwnerId=?)".</summary>
    [GeneratedRegex(@"^SEARCH (?<alias>\w+) USING (?:COVERING )?INDEX \w+ \((?:(?<column>\w+)[=<>]+\??(?: AND )?)+\)")]
    private static partial Regex SearchLine();
}
