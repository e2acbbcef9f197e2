namespace OutcomesLab.Reporting;

/// <summary>A reference cited by the generated methods paragraph.</summary>
/// <param name="Key">The key used in methods sentences as <c>[key]</c>, e.g. <c>kaplan1958</c>.</param>
/// <param name="Text">The full reference (authors, title, journal, year, volume, pages, DOI).</param>
public sealed record ReportCitation(string Key, string Text);
