using OutcomesLab.IO;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Reporting.Inputs;

/// <summary>Reads dispensing records (patient, day, dose, days supplied, medication) from a record table.</summary>
internal static class DispensingRecordsReader
{
    /// <summary>The records of <paramref name="table"/>; the column names are as given by the user.</summary>
    public static DispensingRecords Read(RecordTable table, string id, string day, string? dose, string? supplied, string? medication) =>
        Read(table, id, day, dose, supplied, medication, false, null, _ => { }, out _);

    /// <summary>
    /// The records of <paramref name="table"/>; a date day column (fill dates) is read as days since
    /// 1970-01-01 and <paramref name="dates"/> says so, for the index reader to require index dates.
    /// With a <paramref name="map"/>, the medication column holds drug codes: each is replaced by the
    /// map's medication (and, when the map gives strengths, the dose by the product's strength), and
    /// records whose code the map lacks are left out and reported through <paramref name="warn"/>.
    /// </summary>
    public static DispensingRecords Read(RecordTable table, string id, string day, string? dose, string? supplied, string? medication, MedicationMap? map, Action<Diagnostic> warn, out bool dates) =>
        Read(table, id, day, dose, supplied, medication, true, map, warn, out dates);

    private static DispensingRecords Read(RecordTable table, string id, string day, string? dose, string? supplied, string? medication, bool allowDates, MedicationMap? map, Action<Diagnostic> warn, out bool dates)
    {
        var ids = table.Ids(id, SharedKeys.Id.Option);
        dates = allowDates && table.IsDate(day, "--day");
        var days = table.Days(day, "--day", dates: allowDates);
        var doses = dose is null ? null : table.Numbers(dose, "--dose");
        var supply = supplied is null ? null : table.Days(supplied, "--days-supplied");
        var meds = medication is null ? null : table.Texts(medication, "--medication");
        var rows = Enumerable.Range(0, ids.Length).ToArray();
        if (map is not null)
        {
            var mapped = MedicationCodes.Apply(map, table, medication, meds, dose is not null, warn);
            rows = mapped.Rows;
            ids = [.. rows.Select(r => ids[r])];
            days = [.. rows.Select(r => days[r])];
            supply = supply is null ? null : [.. rows.Select(r => supply[r])];
            doses = mapped.Strengths ?? (doses is null ? null : [.. rows.Select(r => doses[r])]);
            meds = mapped.Medications;
        }

        try
        {
            return DispensingRecords.Create(ids, days, supply, doses, meds);
        }
        catch (DispensingOrderException ex) when (ex.RowIndex >= 0)
        {
            var row = ex.RowIndex;
            var previous = row > 0 ? $" (previous record: line {table.Line(rows[row - 1])}, patient {ids[row - 1]}, day {days[row - 1]})" : "";
            throw new InputException(new InputProblem(
                table.File,
                table.Line(rows[row]),
                ex.ParamName == "days" ? day : id,
                "records grouped by patient with days ascending" + previous,
                $"patient {ids[row]}, day {days[row]}",
                $"This is the first record out of order. Sort the file by {id}, then {day} (the episode builder reads it in one pass), e.g. in R: d[order(d${id}, d${day}), ]."),
                ex);
        }
        catch (ArgumentException ex)
        {
            throw new InputException($"{table.File}: {ex.Message}", ex);
        }
    }
}
