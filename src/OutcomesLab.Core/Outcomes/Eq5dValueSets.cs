using System.Collections.Immutable;

namespace OutcomesLab.Outcomes;

/// <summary>
/// The catalogue of EQ-5D value sets shipped with OutcomesLab: every column of the eq5d R package's
/// TTO (EQ-5D-3L), VT (EQ-5D-5L) and CW (van Hout crosswalk) tables, each with its citation from
/// the package's references.csv (fragla/eq5d commit bfdc7ca, MIT licence; see
/// Outcomes/ValueSets/PROVENANCE.md).
/// </summary>
public static class Eq5dValueSets
{
    private static readonly Lazy<ImmutableArray<Eq5dValueSet>> Loaded = new(Load);

    /// <summary>All value sets, ordered by type (3L TTO, 5L VT, crosswalk) and then as in the tables.</summary>
    public static ImmutableArray<Eq5dValueSet> All => Loaded.Value;

    /// <summary>The value sets of one type.</summary>
    /// <param name="type">The value-set type.</param>
    /// <returns>The value sets in table order.</returns>
    public static ImmutableArray<Eq5dValueSet> OfType(Eq5dValueSetType type) => [.. All.Where(v => v.Type == type)];

    /// <summary>Finds a value set by type and name (case-insensitive, e.g. <c>UK</c>, <c>england</c>).</summary>
    /// <param name="type">The value-set type.</param>
    /// <param name="name">The value-set name as listed by <see cref="OfType"/>.</param>
    /// <returns>The value set.</returns>
    /// <exception cref="ArgumentException">No value set of that type has that name; the message lists the available names.</exception>
    public static Eq5dValueSet Get(Eq5dValueSetType type, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var match = All.FirstOrDefault(v => v.Type == type && string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));
        return match ?? throw new ArgumentException(
            $"There is no {TypeLabel(type)} value set named \"{name}\". Available: {string.Join(", ", OfType(type).Select(v => v.Name))}.",
            nameof(name));
    }

    /// <summary>The default value set of a type: UK (Dolan 1997) for 3L TTO, England (Devlin et al. 2018) for 5L VT, UK for the crosswalk — the eq5d package defaults.</summary>
    /// <param name="type">The value-set type.</param>
    /// <returns>The default value set.</returns>
    public static Eq5dValueSet Default(Eq5dValueSetType type) =>
        Get(type, type == Eq5dValueSetType.FiveLevelVt ? "England" : "UK");

    internal static string TypeLabel(Eq5dValueSetType type) => type switch
    {
        Eq5dValueSetType.ThreeLevelTto => "EQ-5D-3L TTO",
        Eq5dValueSetType.FiveLevelVt => "EQ-5D-5L VT",
        _ => "EQ-5D-5L crosswalk",
    };

    private static ImmutableArray<Eq5dValueSet> Load()
    {
        var citations = new Dictionary<(string, string, string), ValueSetCitation>();
        foreach (var r in ValueSetCsv.ReadResource("references.csv").Skip(1))
        {
            var c = new ValueSetCitation(r[0], r[1], r[2], ValueSetCsv.Text(r[3]), ValueSetCsv.Text(r[4]), ValueSetCsv.Text(r[5]), r.Length > 6 ? ValueSetCsv.Text(r[6]) : null);
            citations.TryAdd((r[0], r[1], r[2]), c);
        }

        var result = ImmutableArray.CreateBuilder<Eq5dValueSet>();
        foreach (var (file, type, version, typeCode) in new[]
        {
            ("TTO.csv", Eq5dValueSetType.ThreeLevelTto, "EQ-5D-3L", "TTO"),
            ("VT.csv", Eq5dValueSetType.FiveLevelVt, "EQ-5D-5L", "VT"),
        })
        {
            var rows = ValueSetCsv.ReadResource(file);
            var header = rows[0];
            for (var j = 1; j < header.Length; j++)
            {
                var terms = new Dictionary<string, double>(StringComparer.Ordinal);
                foreach (var row in rows.Skip(1))
                {
                    if (j < row.Length && ValueSetCsv.Number(row[j]) is { } value)
                    {
                        terms[row[0]] = value;
                    }
                }

                result.Add(new Eq5dValueSet(type, header[j], Citation(citations, version, typeCode, header[j]), terms, null));
            }
        }

        var cw = ValueSetCsv.ReadResource("CW.csv");
        var countries = cw[0];
        var tables = new double[countries.Length][];
        for (var j = 1; j < countries.Length; j++)
        {
            tables[j] = new double[3125];
        }

        foreach (var row in cw.Skip(1))
        {
            Span<int> levels = [row[0][0] - '0', row[0][1] - '0', row[0][2] - '0', row[0][3] - '0', row[0][4] - '0'];
            var at = Eq5dValueSet.CrosswalkIndex(levels);
            for (var j = 1; j < countries.Length; j++)
            {
                tables[j][at] = ValueSetCsv.Number(row[j]) ?? double.NaN;
            }
        }

        for (var j = 1; j < countries.Length; j++)
        {
            result.Add(new Eq5dValueSet(Eq5dValueSetType.FiveLevelCrosswalk, countries[j], Citation(citations, "EQ-5D-5L", "CW", countries[j]), new Dictionary<string, double>(), tables[j]));
        }

        return result.ToImmutable();
    }

    private static ValueSetCitation Citation(Dictionary<(string, string, string), ValueSetCitation> citations, string version, string type, string country) =>
        citations.TryGetValue((version, type, country), out var c) ? c : new ValueSetCitation(version, type, country, null, null, null, null);
}
