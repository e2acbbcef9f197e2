using System.Collections.Frozen;
using System.Globalization;
using OutcomesLab.IO.Internal;

namespace OutcomesLab.IO;

/// <summary>
/// A table from drug codes to medications (<c>--medication-map FILE</c>), as claims and registry
/// analyses define their exposure: a CSV or Parquet file with the columns <c>code</c> and
/// <c>medication</c>, and optionally <c>strength</c> (mg per unit of the product). Codes are read as
/// text (leading zeros and hyphens of NDCs kept) and matched exactly after trimming; there is no
/// normalisation between code layouts (10- and 11-digit NDCs, with or without hyphens), because
/// a wrong guess would map one product onto another. Records whose code the map lacks are left
/// out of the analysis and counted in a warning (<see cref="UnmappedWarning"/>), never dropped silently.
/// </summary>
public sealed class MedicationMap
{
    /// <summary>The column with the codes.</summary>
    public const string CodeColumn = "code";

    /// <summary>The column with the medication of each code.</summary>
    public const string MedicationColumn = "medication";

    /// <summary>The optional column with each product's strength.</summary>
    public const string StrengthColumn = "strength";

    private const int ListedCodes = 10;
    private readonly FrozenDictionary<string, MedicationMapEntry> _entries;

    private MedicationMap(string file, IEnumerable<MedicationMapEntry> entries, bool hasStrength)
    {
        File = file;
        _entries = entries.ToFrozenDictionary(e => e.Code, StringComparer.Ordinal);
        HasStrength = hasStrength;
        HasLeadingZeroCodes = _entries.Keys.Any(c => c.Length > 1 && c[0] == '0');
    }

    /// <summary>The map file as given.</summary>
    public string File { get; }

    /// <summary>Whether the map has a strength column (then the dose of a record is its product's strength).</summary>
    public bool HasStrength { get; }

    /// <summary>Whether some code starts with a zero (such codes cannot match a code column read as numbers).</summary>
    public bool HasLeadingZeroCodes { get; }

    /// <summary>Refuses a dose column next to a strength column: both would give each record's dose.</summary>
    /// <param name="hasDoseColumn">Whether a dose column was named.</param>
    /// <exception cref="InputException">A dose column was named and the map has strengths.</exception>
    public void CheckDoseSource(bool hasDoseColumn)
    {
        if (hasDoseColumn && HasStrength)
        {
            throw new InputException(new InputProblem(File, null, StrengthColumn, "one source of doses", "--dose and a strength column", "--dose and the map's strength column both give the dose of a record. Leave out --dose (plan \"dose\") to take each code's strength, or drop the strength column from the map to use the dose column."));
        }
    }

    /// <summary>Number of codes.</summary>
    public int Count => _entries.Count;

    /// <summary>The codes, sorted ordinally.</summary>
    public IReadOnlyList<string> Codes => [.. _entries.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The medications the map names, sorted ordinally.</summary>
    public IReadOnlyList<string> Medications => [.. _entries.Values.Select(e => e.Medication).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Reads a map file (CSV, or Parquet by its extension).</summary>
    /// <param name="path">The file (never modified).</param>
    /// <returns>The map.</returns>
    /// <exception cref="InputException">The file lacks a column, a code or medication is empty, a code appears twice, or a strength is not a non-negative number; the message names the file, line and column.</exception>
    public static MedicationMap Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var table = TableFileFormats.ReadTable(path, null, new CsvReadOptions { TextColumns = [CodeColumn, MedicationColumn] });
        var codes = ColumnValues.Texts(table, CodeColumn, "drug code of the medication map");
        var medications = ColumnValues.Texts(table, MedicationColumn, "medication of the medication map");
        var hasStrength = table.FindColumn(StrengthColumn) is not null;
        var strengths = hasStrength ? ColumnValues.Numbers(table, StrengthColumn, "strength (mg per unit) of the medication map") : null;
        var problems = new ProblemCollector(path, Math.Max(1, table.Options.MaxProblems));
        var entries = new Dictionary<string, MedicationMapEntry>(StringComparer.Ordinal);
        for (var i = 0; i < table.RowCount; i++)
        {
            var line = table.SourceLines[i];
            var code = codes[i];
            var medication = medications[i];
            if (string.IsNullOrEmpty(code))
            {
                problems.Add(line, CodeColumn, "a drug code", "", "Every row of the map needs a code; delete rows without one.");
                continue;
            }

            if (string.IsNullOrEmpty(medication))
            {
                problems.Add(line, MedicationColumn, $"the medication of code {code}", "", "Name the medication (e.g. methadone, buprenorphine, naltrexone), or delete the row: a code left out of the map is listed in a warning.");
                continue;
            }

            double? strength = null;
            if (strengths is not null && !double.IsNaN(strengths[i]))
            {
                if (strengths[i] < 0)
                {
                    problems.Add(line, StrengthColumn, "a strength >= 0 (mg per unit)", strengths[i].ToString("R", CultureInfo.InvariantCulture), "Correct the strength, or leave it empty when the product has none.");
                    continue;
                }

                strength = strengths[i];
            }

            if (entries.TryGetValue(code, out var earlier))
            {
                problems.Add(line, CodeColumn, $"each code once (code {code} is already on line {earlier.Line})", code, "Delete one of the rows: a code must stand for one medication and strength.");
                continue;
            }

            entries[code] = new MedicationMapEntry(code, medication, strength, line);
        }

        problems.ThrowIfAny();
        return new MedicationMap(path, entries.Values, hasStrength);
    }

    /// <summary>Looks a code up (after trimming; a null code is never mapped).</summary>
    /// <param name="code">The code of a record.</param>
    /// <param name="entry">The map row, when the code is listed.</param>
    /// <returns>Whether the map lists the code.</returns>
    public bool TryGet(string? code, out MedicationMapEntry entry)
    {
        if (code is not null && _entries.TryGetValue(code.Trim(), out var found))
        {
            entry = found;
            return true;
        }

        entry = null!;
        return false;
    }

    /// <summary>
    /// The warning for records left out because their code is not in the map: how many records and codes,
    /// the most frequent codes first (ties ordinally), and, when an unmapped code equals a listed code once
    /// leading zeros are dropped, that the code column was probably read as numbers.
    /// </summary>
    /// <param name="unmapped">The unmapped codes with their record counts.</param>
    /// <param name="totalRecords">All records read, mapped or not.</param>
    /// <param name="recordsFile">The dispensing file.</param>
    /// <param name="codeColumn">The column with the codes.</param>
    /// <returns>The warning, or null when every code was mapped.</returns>
    public Diagnostic? UnmappedWarning(IReadOnlyCollection<UnmappedCode> unmapped, long totalRecords, string recordsFile, string codeColumn)
    {
        ArgumentNullException.ThrowIfNull(unmapped);
        if (unmapped.Count == 0)
        {
            return null;
        }

        var left = unmapped.Sum(u => u.Records);
        var ordered = unmapped.OrderByDescending(u => u.Records).ThenBy(u => u.Code, StringComparer.Ordinal).ToList();
        var listed = string.Join(", ", ordered.Take(ListedCodes).Select(u => string.Create(CultureInfo.InvariantCulture, $"{u.Code ?? "(no code)"} ({u.Records})")));
        var more = ordered.Count > ListedCodes ? string.Create(CultureInfo.InvariantCulture, $" and {ordered.Count - ListedCodes} more") : "";
        var share = totalRecords > 0 ? (100.0 * left / totalRecords).ToString("0.0", CultureInfo.InvariantCulture) : "0";
        var message = string.Create(CultureInfo.InvariantCulture, $"{recordsFile}: {left} of {totalRecords} records ({share}%) have a code in column {codeColumn} that {Path.GetFileName(File)} does not list and were left out: {ordered.Count} {(ordered.Count == 1 ? "code" : "codes")}, records per code: {listed}{more}. Add the codes that are medications for opioid use disorder to the map; the others are other drugs.");
        if (LostLeadingZeros(ordered) is { } example)
        {
            message += $" Code {example.Unmapped} is {example.Listed} of the map without its leading zeros: read the code column as text (--text-columns {codeColumn}, or \"text_columns\" in a plan's dataset).";
        }

        return new Diagnostic(DiagnosticSeverity.Warning, "medication-map-unmapped", message);
    }

    /// <summary>The error when no record's code is in the map: the codes are from another system or layout, or the wrong column was named.</summary>
    /// <param name="unmapped">The codes seen.</param>
    /// <param name="recordsFile">The dispensing file.</param>
    /// <param name="codeColumn">The column with the codes.</param>
    /// <returns>The exception to throw.</returns>
    public InputException NothingMapped(IReadOnlyCollection<UnmappedCode> unmapped, string recordsFile, string codeColumn)
    {
        ArgumentNullException.ThrowIfNull(unmapped);
        var seen = string.Join(", ", unmapped.OrderByDescending(u => u.Records).ThenBy(u => u.Code, StringComparer.Ordinal).Take(5).Select(u => u.Code ?? "(no code)"));
        var mapped = string.Join(", ", Codes.Take(5));
        return new InputException(new InputProblem(recordsFile, null, codeColumn, $"drug codes listed in {File} (e.g. {mapped})", seen, $"No record's code is in the map, so nothing is left to analyse. Check that --medication names the code column and that the map's codes are written the same way (hyphens, leading zeros, 10 vs 11 digits)."));
    }

    private (string Unmapped, string Listed)? LostLeadingZeros(IEnumerable<UnmappedCode> unmapped)
    {
        var byStripped = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in _entries.Keys)
        {
            if (code.Length > 1 && code[0] == '0')
            {
                byStripped.TryAdd(code.TrimStart('0'), code);
            }
        }

        foreach (var u in unmapped)
        {
            if (u.Code is not null && byStripped.TryGetValue(u.Code, out var listed))
            {
                return (u.Code, listed);
            }
        }

        return null;
    }
}
