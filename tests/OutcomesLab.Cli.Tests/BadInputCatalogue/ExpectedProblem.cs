namespace OutcomesLab.Cli.Tests.BadInputCatalogue;

/// <summary>
/// The parts of the one error paragraph a bad input must produce, as rendered by
/// <c>InputProblem</c>: <c>FILE line N, column "C": expected E, found "F". FIX</c>.
/// </summary>
/// <param name="File">The file name the message must name.</param>
/// <param name="Line">The 1-based line, or null when the problem has no position (a whole file or column).</param>
/// <param name="Column">The column name (checked as <c>column "name"</c>), a 1-based character column in a JSON file (all digits, checked as <c>, column N</c>), or null when the problem is not tied to one column.</param>
/// <param name="Expected">A fragment that must directly follow "expected ".</param>
/// <param name="Found">A prefix of the found value (after <c>found "</c>), or null when nothing was found (an empty file).</param>
/// <param name="Fix">A fragment of the sentence that tells the user how to fix the input.</param>
internal sealed record ExpectedProblem(string File, int? Line, string? Column, string Expected, string? Found, string Fix);
