using System.Globalization;

namespace OutcomesLab.EffectSizes;

/// <summary>
/// A 2×2 table of counts in the layout <c>a b / c d</c>: row 1 = treatment, row 2 = control (reference);
/// column 1 = event, column 2 = no event. p₁ = a/(a + b), p₂ = c/(c + d).
/// </summary>
public sealed record TwoByTwoTable
{
    /// <summary>Creates a table; every count must be a non-negative integer value and each row must be non-empty.</summary>
    /// <param name="a">Treatment with event.</param>
    /// <param name="b">Treatment without event.</param>
    /// <param name="c">Control with event.</param>
    /// <param name="d">Control without event.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or a row total is 0.</exception>
    public TwoByTwoTable(int a, int b, int c, int d)
    {
        Check(a, nameof(a));
        Check(b, nameof(b));
        Check(c, nameof(c));
        Check(d, nameof(d));
        if (a + b == 0 || c + d == 0)
        {
            throw new ArgumentOutOfRangeException(a + b == 0 ? nameof(b) : nameof(d), "A row of the 2x2 table is empty: each group needs at least one subject.");
        }

        A = a;
        B = b;
        C = c;
        D = d;
    }

    /// <summary>Treatment with event.</summary>
    public int A { get; }

    /// <summary>Treatment without event.</summary>
    public int B { get; }

    /// <summary>Control with event.</summary>
    public int C { get; }

    /// <summary>Control without event.</summary>
    public int D { get; }

    /// <summary>Treatment group size a + b.</summary>
    public int N1 => A + B;

    /// <summary>Control group size c + d.</summary>
    public int N2 => C + D;

    /// <summary>Event risk in the treatment group, a/(a + b).</summary>
    public double P1 => (double)A / N1;

    /// <summary>Event risk in the control group, c/(c + d).</summary>
    public double P2 => (double)C / N2;

    /// <summary>True when any cell is 0.</summary>
    public bool HasZeroCell => A == 0 || B == 0 || C == 0 || D == 0;

    /// <summary>The table with the arms swapped (rows exchanged).</summary>
    /// <returns>c d / a b.</returns>
    public TwoByTwoTable SwapArms() => new(C, D, A, B);

    /// <summary>Counts a binary outcome per arm.</summary>
    /// <param name="treatment">Treatment outcomes, true = event.</param>
    /// <param name="control">Control outcomes, true = event.</param>
    /// <returns>The table.</returns>
    public static TwoByTwoTable FromOutcomes(ReadOnlySpan<bool> treatment, ReadOnlySpan<bool> control)
    {
        int a = 0, c = 0;
        foreach (var e in treatment)
        {
            a += e ? 1 : 0;
        }

        foreach (var e in control)
        {
            c += e ? 1 : 0;
        }

        return new TwoByTwoTable(a, treatment.Length - a, c, control.Length - c);
    }

    private static void Check(int v, string name)
    {
        if (v < 0)
        {
            throw new ArgumentOutOfRangeException(name, v, string.Create(CultureInfo.InvariantCulture, $"Cell {name} is {v}: counts must be non-negative."));
        }
    }
}
