using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Outcomes;

/// <summary>
/// One EQ-5D value set (a country's tariff) and the scoring rule of its type, as implemented by the
/// eq5d R package (Morton &amp; Nijjar, fragla/eq5d commit bfdc7ca, functions <c>eq5d3l</c>,
/// <c>eq5d5l</c>, <c>eq5dcw</c>). Obtain instances from <see cref="Eq5dValueSets"/>.
/// <para>
/// EQ-5D-3L TTO: index = FullHealth + AtLeastOne2Or3 (any dimension above level 1) + AtLeastOne3
/// (N3: any dimension at level 3) + the dimension-level decrements (MO2 ... AD3) + the Shaw et al.
/// (2005) US terms D1 × max(0, #dimensions above 1 − 1), I2 × max(0, #at 2 − 1), I2square × that
/// squared, I3 × max(0, #at 3 − 1), I3square × that squared; + O2 (all levels in {1, 2} with a 2 present, or all 2), O3 (likewise for
/// 3), C2square × (#at 2)², C3square × (#at 3)², X5 (no dimension at 1), Z2 (a 2 and a 3 present),
/// Z3 × (#at 2 when a 3 is present), and the listed two-way interaction terms (e.g. MO2SC3 when MO = 2
/// and SC = 3). Terms a value set does not use are absent (NA in the table). For Australia (Viney et
/// al. 2011) fixed values of 22 states replace the model's prediction, as in eq5d.
/// </para>
/// <para>
/// EQ-5D-5L EQ-VT: index = StartValue + the dimension-level terms (MO1 ... AD5) + Intercept (any
/// dimension above 1) + MO45 ... AD45 (that dimension at 4 or 5) + Num45sq × (#dimensions at 4 or 5 − 1)²
/// (only when at least one is at 4 or 5) + N4 (any dimension at 4 or 5) + N5 (any dimension at 5) +
/// MOAD × (MO − 1)(AD − 1) + PDAD × (PD − 1)(AD − 1).
/// </para>
/// <para>Crosswalk: the tabulated value of the five-level state (van Hout et al. 2012, Value Health 15:708–715).</para>
/// <para>Indexes are returned unrounded; value sets are usually published to three decimals.</para>
/// </summary>
public sealed class Eq5dValueSet
{
    private static readonly string[] DimensionCodes = ["MO", "SC", "UA", "PD", "AD"];

    // For these 22 Australian EQ-5D-3L states eq5d does not use the model prediction but fixed values
    // (its .australiaImplausible table); we follow it so that indexes agree with the package.
    private static readonly FrozenDictionary<string, double> AustraliaPublished = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["12133"] = 0.154,
        ["12233"] = 0.101,
        ["13133"] = 0.154,
        ["13233"] = 0.101,
        ["13332"] = 0.02,
        ["13333"] = 0.02,
        ["22133"] = 0.086,
        ["22233"] = 0.033,
        ["23133"] = 0.086,
        ["23233"] = 0.033,
        ["23332"] = -0.048,
        ["23333"] = -0.048,
        ["32133"] = -0.083,
        ["32233"] = -0.136,
        ["32333"] = -0.206,
        ["33132"] = -0.045,
        ["33133"] = -0.083,
        ["33232"] = -0.098,
        ["33233"] = -0.136,
        ["33323"] = -0.199,
        ["33332"] = -0.217,
        ["33333"] = -0.217,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, double> _terms;
    private readonly double[]? _crosswalk;
    private readonly (int DimA, int LevelA, int DimB, int LevelB, double Value)[] _interactions;

    internal Eq5dValueSet(Eq5dValueSetType type, string name, ValueSetCitation citation, IReadOnlyDictionary<string, double> terms, double[]? crosswalk)
    {
        Type = type;
        Name = name;
        Citation = citation;
        _terms = terms.ToFrozenDictionary(StringComparer.Ordinal);
        _crosswalk = crosswalk;
        TermNames = [.. terms.Keys];
        _interactions = [.. terms.Where(t => IsInteraction(t.Key)).Select(t => ParseInteraction(t.Key, t.Value))];
    }

    /// <summary>The value-set type.</summary>
    public Eq5dValueSetType Type { get; }

    /// <summary>The value-set name as in the eq5d package tables (a country, e.g. <c>UK</c>, <c>England</c>, <c>Japan_cTTO</c>).</summary>
    public string Name { get; }

    /// <summary>The publication to cite when reporting indexes computed with this value set.</summary>
    public ValueSetCitation Citation { get; }

    /// <summary>The model terms this value set uses (the non-NA rows of its table column); empty for a crosswalk.</summary>
    public ImmutableArray<string> TermNames { get; }

    /// <summary>Highest level of each dimension: 3 for EQ-5D-3L, 5 for EQ-5D-5L and the crosswalk.</summary>
    public int Levels => Type == Eq5dValueSetType.ThreeLevelTto ? 3 : 5;

    /// <summary>A short label such as <c>EQ-5D-3L TTO UK</c>.</summary>
    public string Label => Type switch
    {
        Eq5dValueSetType.ThreeLevelTto => "EQ-5D-3L TTO " + Name,
        Eq5dValueSetType.FiveLevelVt => "EQ-5D-5L VT " + Name,
        _ => "EQ-5D-5L crosswalk " + Name,
    };

    /// <summary>The coefficient of a model term, or null when this value set does not use it.</summary>
    /// <param name="term">A row name of the value-set table, e.g. <c>MO2</c>, <c>D1</c>, <c>Num45sq</c>.</param>
    /// <returns>The coefficient, or null.</returns>
    public double? Coefficient(string term) => _terms.TryGetValue(term, out var v) ? v : null;

    /// <summary>The index (utility) of a health state under this value set, unrounded (see the type's remarks for the formula).</summary>
    /// <param name="state">The five dimension levels.</param>
    /// <returns>The index value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is outside 1..<see cref="Levels"/>.</exception>
    public double Index(Eq5dState state)
    {
        Span<int> levels = [state.Mobility, state.SelfCare, state.UsualActivities, state.PainDiscomfort, state.AnxietyDepression];
        for (var d = 0; d < 5; d++)
        {
            if (levels[d] < 1 || levels[d] > Levels)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(state),
                    string.Create(CultureInfo.InvariantCulture, $"{DimensionCodes[d]} level {levels[d]} in state {state} is not allowed by {Label}: levels must be 1 to {Levels}."));
            }
        }

        return Type switch
        {
            Eq5dValueSetType.ThreeLevelTto => ThreeLevel(levels, state),
            Eq5dValueSetType.FiveLevelVt => FiveLevel(levels),
            _ => _crosswalk![CrosswalkIndex(levels)],
        };
    }

    /// <summary>Indexes of many states (see <see cref="Index(Eq5dState)"/>).</summary>
    /// <param name="states">The health states.</param>
    /// <returns>One index per state, in order.</returns>
    public ImmutableArray<double> Index(IReadOnlyList<Eq5dState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        var result = new double[states.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Index(states[i]);
        }

        return ImmutableArray.Create(result);
    }

    /// <summary>The label and citation.</summary>
    /// <returns>E.g. <c>EQ-5D-3L TTO UK (EQ-5D-3L TTO UK: doi:...)</c>.</returns>
    public override string ToString() => $"{Label} ({Citation})";

    internal static int CrosswalkIndex(ReadOnlySpan<int> levels)
    {
        var i = 0;
        foreach (var l in levels)
        {
            i = (i * 5) + (l - 1);
        }

        return i;
    }

    private static bool IsInteraction(string term) =>
        term.Length == 6 && DimensionCodes.Contains(term[..2]) && char.IsAsciiDigit(term[2]) && DimensionCodes.Contains(term[3..5]) && char.IsAsciiDigit(term[5]);

    private static (int, int, int, int, double) ParseInteraction(string term, double value) =>
        (Array.IndexOf(DimensionCodes, term[..2]), term[2] - '0', Array.IndexOf(DimensionCodes, term[3..5]), term[5] - '0', value);

    private double Term(string name) => _terms.TryGetValue(name, out var v) ? v : 0.0;

    private double ThreeLevel(ReadOnlySpan<int> levels, Eq5dState state)
    {
        if (Name == "Australia" && AustraliaPublished.TryGetValue(state.ToString(), out var published))
        {
            return published;
        }

        int above1 = 0, at2 = 0, at3 = 0;
        var index = Term("FullHealth");
        for (var d = 0; d < 5; d++)
        {
            var l = levels[d];
            if (l > 1)
            {
                above1++;
                index += Term(DimensionCodes[d] + (char)('0' + l));
            }

            at2 += l == 2 ? 1 : 0;
            at3 += l == 3 ? 1 : 0;
        }

        if (above1 > 0)
        {
            index += Term("AtLeastOne2Or3");
        }

        if (at3 > 0)
        {
            index += Term("AtLeastOne3") + Term("Z3") * at2;
        }

        double d1 = Math.Max(0, above1 - 1), i2 = Math.Max(0, at2 - 1), i3 = Math.Max(0, at3 - 1);
        index += (Term("D1") * d1) + (Term("I2") * i2) + (Term("I2square") * i2 * i2) + (Term("I3") * i3) + (Term("I3square") * i3 * i3);
        index += (Term("C2square") * at2 * at2) + (Term("C3square") * at3 * at3);
        var at1 = 5 - at2 - at3;
        if ((at2 > 0 && at3 == 0) && (at1 > 0 || at2 == 5))
        {
            index += Term("O2");
        }

        if ((at3 > 0 && at2 == 0) && (at1 > 0 || at3 == 5))
        {
            index += Term("O3");
        }

        if (at1 == 0)
        {
            index += Term("X5");
        }

        if (at2 > 0 && at3 > 0)
        {
            index += Term("Z2");
        }

        foreach (var (dimA, levelA, dimB, levelB, value) in _interactions)
        {
            if (levels[dimA] == levelA && levels[dimB] == levelB)
            {
                index += value;
            }
        }

        return index;
    }

    private double FiveLevel(ReadOnlySpan<int> levels)
    {
        var index = Term("StartValue");
        int above1 = 0, at45 = 0, at5 = 0;
        for (var d = 0; d < 5; d++)
        {
            var l = levels[d];
            index += Term(DimensionCodes[d] + (char)('0' + l));
            above1 += l > 1 ? 1 : 0;
            if (l >= 4)
            {
                at45++;
                index += Term(DimensionCodes[d] + "45");
            }

            at5 += l == 5 ? 1 : 0;
        }

        if (above1 > 0)
        {
            index += Term("Intercept");
        }

        if (at45 > 0)
        {
            index += (Term("Num45sq") * (at45 - 1) * (at45 - 1)) + Term("N4");
        }

        if (at5 > 0)
        {
            index += Term("N5");
        }

        index += (Term("MOAD") * (levels[0] - 1) * (levels[4] - 1)) + (Term("PDAD") * (levels[3] - 1) * (levels[4] - 1));
        return index;
    }
}
