namespace OutcomesLab.IO;

/// <summary>
/// Maps the drug code of each dispensing record through a <see cref="MedicationMap"/> and counts what
/// it could not map, so that the in-memory reader and the streaming episode builder report unmapped
/// codes the same way (<see cref="Finish"/>).
/// </summary>
/// <param name="map">The map.</param>
public sealed class MedicationCodeTally(MedicationMap map)
{
    private readonly Dictionary<string, long> _unmapped = new(StringComparer.Ordinal);
    private long _noCode;

    /// <summary>The map.</summary>
    public MedicationMap Map => map;

    /// <summary>Records seen.</summary>
    public long Records { get; private set; }

    /// <summary>Records whose code the map lists.</summary>
    public long Mapped { get; private set; }

    /// <summary>Looks up one record's code and counts it.</summary>
    /// <param name="code">The record's code (null when missing).</param>
    /// <param name="entry">The map row when listed.</param>
    /// <returns>Whether the record is kept (its code is listed).</returns>
    public bool TryMap(string? code, out MedicationMapEntry entry)
    {
        Records++;
        if (map.TryGet(code, out entry))
        {
            Mapped++;
            return true;
        }

        if (code is null)
        {
            _noCode++;
        }
        else
        {
            var key = code.Trim();
            _unmapped[key] = _unmapped.GetValueOrDefault(key) + 1;
        }

        return false;
    }

    /// <summary>The unmapped codes with their record counts (a null code for records without one).</summary>
    public IReadOnlyCollection<UnmappedCode> Unmapped =>
        [.. _unmapped.Select(p => new UnmappedCode(p.Key, p.Value)), .. _noCode > 0 ? [new UnmappedCode(null, _noCode)] : Array.Empty<UnmappedCode>()];

    /// <summary>Ends the tally: throws when records were seen but none was mapped, else returns the warning for the unmapped ones (null when all were mapped).</summary>
    /// <param name="recordsFile">The dispensing file.</param>
    /// <param name="codeColumn">The column with the codes.</param>
    /// <returns>The warning, or null.</returns>
    /// <exception cref="InputException">No record's code is in the map.</exception>
    public Diagnostic? Finish(string recordsFile, string codeColumn)
    {
        var unmapped = Unmapped;
        if (Records > 0 && Mapped == 0)
        {
            throw map.NothingMapped(unmapped, recordsFile, codeColumn);
        }

        return map.UnmappedWarning(unmapped, Records, recordsFile, codeColumn);
    }
}
