using System.Text.RegularExpressions;
using Xunit;

namespace OutcomesLab.Plotting.Tests;

/// <summary>
/// Figures are laid out with the bundled Liberation Sans, not with whatever the machine has: on a
/// machine with only DejaVu Sans (wider), the report's outcome-domain forest at 174 mm used to stop
/// with "leave 17 layout units for the intervals". It must render, and every SVG text must name the
/// bundled family with metric-compatible fallbacks.
/// </summary>
public sealed class BundledFontTests
{
    [Fact]
    public void Domain_forest_at_double_column_renders_whatever_fonts_are_installed_and_names_the_bundled_family()
    {
        var figure = ForestFigure.Create(ForestFigure.FromDomainComparison(TestData.Domains(reportLabels: true)), FigurePreset.JournalDouble);
        var svg = System.Text.Encoding.UTF8.GetString(figure.ToSvg());
        var families = Regex.Matches(svg, "font-family=\"([^\"]*)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(["'Liberation Sans', Arial, Helvetica, sans-serif"], families);
        Assert.Contains("Anxiety/depression", svg, StringComparison.Ordinal);
    }
}
