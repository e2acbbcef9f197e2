namespace OutcomesLab.Cli.Tests.BadInputCatalogue;

/// <summary>
/// One hostile input of the catalogue: the files to create, the command line (a token
/// <c>{name}</c> is replaced by the path of the created file <c>name</c>) and the one problem the
/// CLI must report about it.
/// </summary>
/// <param name="Name">Unique, human-readable name (the test case label).</param>
/// <param name="Files">The input files in creation order, each with a generator of its exact bytes.</param>
/// <param name="Args">The command-line arguments without <c>--output</c>, which the test always adds.</param>
/// <param name="Problem">What the error paragraph must say.</param>
internal sealed record BadInputCase(string Name, IReadOnlyList<(string File, Func<byte[]> Bytes)> Files, IReadOnlyList<string> Args, ExpectedProblem Problem)
{
    public override string ToString() => Name;
}
