using System.Globalization;
using System.Reflection;

namespace OutcomesLab.Outcomes;

/// <summary>
/// A deliberately tiny reader for the embedded value-set tables: comma-separated, no quoting, first
/// row a header, numbers in invariant culture and <c>NA</c> for an absent term. Core must not depend
/// on CsvHelper, and these files are under our control.
/// </summary>
internal static class ValueSetCsv
{
    public static List<string[]> ReadResource(string fileName)
    {
        var name = "OutcomesLab.Outcomes.ValueSets." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded value-set table {name} is missing from OutcomesLab.Core.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                rows.Add(line.TrimEnd('\r').Split(','));
            }
        }

        return rows;
    }

    public static double? Number(string text) =>
        text.Length == 0 || text == "NA" ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static string? Text(string text) => text.Length == 0 || text == "NA" ? null : text;
}
