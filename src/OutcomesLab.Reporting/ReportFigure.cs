using OutcomesLab.Plotting;

namespace OutcomesLab.Reporting;

/// <summary>A figure of a report section: written as PNG and SVG and embedded (SVG) in the HTML report.</summary>
/// <param name="Name">File-name stem (lower-case letters, digits and hyphens), unique within the report.</param>
/// <param name="Caption">The figure legend, one or two sentences.</param>
/// <param name="Figure">The laid-out figure.</param>
public sealed record ReportFigure(string Name, string Caption, Figure Figure);
