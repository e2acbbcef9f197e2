using OutcomesLab.IO;

namespace OutcomesLab.Reporting.Inputs;

/// <summary>Drug codes of a record table mapped to medications through a <see cref="MedicationMap"/>: the rows kept, their medications and (when the map has them) strengths as doses.</summary>
internal static class MedicationCodes
{
    /// <summary>The mapped records.</summary>
    /// <param name="Rows">Indices of the kept rows (code listed in the map), in file order.</param>
    /// <param name="Medications">The medication of each kept row.</param>
    /// <param name="Strengths">The strength of each kept row as its dose (NaN where the map gives none), or null when the map has no strength column.</param>
    public sealed record Result(int[] Rows, string?[] Medications, double[]? Strengths);

    /// <summary>Maps the codes of column <paramref name="column"/>; reports unmapped codes through <paramref name="warn"/>.</summary>
    /// <exception cref="InputException">No medication column was named, a dose column competes with the map's strengths, the code column was read as numbers while the map's codes have leading zeros, or no code is in the map.</exception>
    public static Result Apply(MedicationMap map, RecordTable table, string? column, string?[]? codes, bool hasDoseColumn, Action<Diagnostic> warn)
    {
        if (column is null || codes is null)
        {
            throw new InputException(new InputProblem(map.File, null, null, "a code column for the medication map (--medication, plan \"medication\")", null, "Name the column of drug codes with --medication: the map turns its codes into medications."));
        }

        map.CheckDoseSource(hasDoseColumn);
        if (table.IsNumeric(column, "--medication") && map.HasLeadingZeroCodes)
        {
            throw new InputException(new InputProblem(table.File, null, column, "drug codes read as text (the map's codes have leading zeros)", "a column read as numbers", $"Numbers lose leading zeros, so codes such as those of {map.File} cannot match. Read the column as text: --text-columns {column} on the command line, or \"text_columns\": [\"{column}\"] in the plan's dataset."));
        }

        var tally = new MedicationCodeTally(map);
        var rows = new List<int>(codes.Length);
        var medications = new List<string?>(codes.Length);
        var strengths = map.HasStrength ? new List<double>(codes.Length) : null;
        for (var i = 0; i < codes.Length; i++)
        {
            if (tally.TryMap(codes[i], out var entry))
            {
                rows.Add(i);
                medications.Add(entry.Medication);
                strengths?.Add(entry.Strength ?? double.NaN);
            }
        }

        if (tally.Finish(table.File, column) is { } warning)
        {
            warn(warning);
        }

        return new Result([.. rows], [.. medications], strengths?.ToArray());
    }
}
