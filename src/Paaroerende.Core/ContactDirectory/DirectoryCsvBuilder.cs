namespace Paaroerende.Core.ContactDirectory;

/// <summary>
/// Turns the file's lines into categories, situations and contacts in the order they first appear. The lines of one
/// situation must agree on its description and date: the file is the whole truth, so a disagreement is a problem to
/// fix rather than something to guess about.
/// </summary>
internal static class DirectoryCsvBuilder
{
    public static IReadOnlyList<DirectoryCategory> Build(
        IReadOnlyList<(int Line, DirectoryCsvRow Row)> rows, Action<CsvProblem> report)
    {
        var categories = new List<DirectoryCategory>();
        var situations = new Dictionary<(string Category, string Situation), (int Line, DirectorySituation Situation)>();
        foreach (var (line, row) in rows)
        {
            var category = categories.FirstOrDefault(c => c.Title == row.Category);
            if (category is null)
            {
                category = new DirectoryCategory { Id = Guid.NewGuid(), Title = row.Category, SortOrder = categories.Count + 1 };
                categories.Add(category);
            }

            if (!situations.TryGetValue((row.Category, row.Situation), out var found))
            {
                found = (line, new DirectorySituation
                {
                    Id = Guid.NewGuid(),
                    CategoryId = category.Id,
                    Title = row.Situation,
                    Description = row.Description,
                    LastCheckedOn = row.LastCheckedOn,
                    SortOrder = category.Situations.Count + 1,
                });
                situations.Add((row.Category, row.Situation), found);
                category.Situations.Add(found.Situation);
            }
            else if (found.Situation.Description != row.Description || found.Situation.LastCheckedOn != row.LastCheckedOn)
            {
                report(new CsvProblem(CsvProblemKind.SituationConflict, line, DirectoryCsv.SituationColumn,
                    found.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }

            if (row.ContactName is not null)
            {
                found.Situation.Contacts.Add(new DirectoryContact
                {
                    Id = Guid.NewGuid(),
                    SituationId = found.Situation.Id,
                    Name = row.ContactName,
                    Phone = row.Phone,
                    Email = row.Email,
                    OpeningHours = row.OpeningHours,
                    WebAddress = row.WebAddress,
                    Note = row.Note,
                    SortOrder = found.Situation.Contacts.Count + 1,
                });
            }
        }

        return categories;
    }
}
