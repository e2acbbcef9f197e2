namespace OutcomesLab.IO;

/// <summary>A drug code of the dispensing records that the medication map does not list, with how many records carry it.</summary>
/// <param name="Code">The code as written in the records (null when the record has no code).</param>
/// <param name="Records">Records with the code, all left out of the analysis.</param>
public sealed record UnmappedCode(string? Code, long Records);
