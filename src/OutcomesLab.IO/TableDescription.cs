using System.Collections.Immutable;

namespace OutcomesLab.IO;

/// <summary>What <c>outcomeslab describe</c> reports about a loaded table.</summary>
/// <param name="SourceFile">The file as the user named it.</param>
/// <param name="Rows">Number of data rows.</param>
/// <param name="Columns">Number of columns.</param>
/// <param name="ColumnDetails">One description per column, in file order.</param>
public sealed record TableDescription(string SourceFile, int Rows, int Columns, ImmutableArray<ColumnDescription> ColumnDetails);
