using System.Collections.Immutable;
using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>
/// The Okabe–Ito colour-blind-safe palette (Okabe M, Ito K. <i>Color Universal Design (CUD): How to
/// make figures and presentations that are friendly to colorblind people</i>, 2008;
/// https://jfly.uni-koeln.de/color/), the palette recommended by Wong B, <i>Nature Methods</i> 2011;8:441.
/// </summary>
public static class OkabeIto
{
    /// <summary>Black, #000000.</summary>
    public static Color Black { get; } = Color.FromHex("#000000");

    /// <summary>Orange, #E69F00.</summary>
    public static Color Orange { get; } = Color.FromHex("#E69F00");

    /// <summary>Sky blue, #56B4E9.</summary>
    public static Color SkyBlue { get; } = Color.FromHex("#56B4E9");

    /// <summary>Bluish green, #009E73.</summary>
    public static Color BluishGreen { get; } = Color.FromHex("#009E73");

    /// <summary>Yellow, #F0E442 (poor contrast on white: last in <see cref="Series"/>).</summary>
    public static Color Yellow { get; } = Color.FromHex("#F0E442");

    /// <summary>Blue, #0072B2.</summary>
    public static Color Blue { get; } = Color.FromHex("#0072B2");

    /// <summary>Vermillion, #D55E00.</summary>
    public static Color Vermillion { get; } = Color.FromHex("#D55E00");

    /// <summary>Reddish purple, #CC79A7.</summary>
    public static Color ReddishPurple { get; } = Color.FromHex("#CC79A7");

    /// <summary>
    /// The order in which groups take colours: the darker, most distinct hues first so that the
    /// first two groups (usually control and treatment) stay distinct in greyscale print.
    /// </summary>
    public static ImmutableArray<Color> Series { get; } =
        [Blue, Vermillion, BluishGreen, ReddishPurple, Orange, SkyBlue, Black, Yellow];

    /// <summary>The colour of the <paramref name="index"/>-th series (cycling after eight).</summary>
    /// <param name="index">Zero-based series index.</param>
    /// <returns>The colour.</returns>
    public static Color ForSeries(int index) => Series[((index % Series.Length) + Series.Length) % Series.Length];
}
