using CsCheck;
using OutcomesLab.Testing;
using OutcomesLab.Testing.Properties;
using Xunit;

namespace OutcomesLab.Cli.Tests.Properties;

/// <summary>
/// Oracle: the documented exit codes of <c>outcomeslab</c> (0 ok, 2 invalid usage or input, 1 only for
/// a bug). Random command lines mixing real and bad options, column names and values over a real
/// data file must end with 0 or 2, never 1, must leave the input unchanged, and may write only where
/// --output points (a temp dir) plus the provenance sidecars.
/// Complements the <c>args</c> fuzz target (tests/OutcomesLab.Fuzz), which explores byte-level argv.
/// </summary>
public sealed class CliArgumentProperties : IDisposable
{
    // A valid command line per command (V = the veteran data, FIG = an output figure); random options are appended.
    private static readonly string[] Commands =
    [
        "km --input V --time time --event status --group trt",
        "logrank --input V --time time --event status --group trt",
        "cox --input V --time time --event status --covariates trt,karno",
        "cif --input V --time time --event status --group trt",
        "describe --input V",
        "effect --input V --outcome karno --group trt --treatment 2 --control 1 --measure hedges-g",
        "table1 --input V --group trt --variables age,karno,celltype",
        "plot km --input V --time time --event status --group trt --output FIG",
    ];

    private static readonly string[] Options =
    [
        "--input", "--time", "--event", "--group", "--strata", "--covariates", "--times", "--tau", "--conf-type",
        "--format", "--output", "--force", "--rho", "--ties", "--measure", "--outcome", "--treatment", "--control",
        "--variables", "--categorical", "--suppress-below", "--weights", "--event-value", "--delimiter", "--quiet", "--bogus",
    ];

    private static readonly string[] Values =
    [
        "time", "status", "trt", "celltype", "karno", "age", "diagtime", "prior", "nosuch", "trt,karno", "karno:age",
        "0", "1", "2", "-1", "0.5", "1e308", "NaN", "Infinity", "90,180", "3,x", "", " ", "log-log", "arcsin", "efron",
        "json", "csv", "markdown", "latex", "html", "hedges-g", "odds-ratio", "squamous", "adeno", ";", "\t",
    ];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Random_command_lines_exit_with_0_or_2()
    {
        var veteran = ReferenceData.PathOf("data/veteran.csv");
        // missing.csv is also a candidate --output (then it exists for later --input values).
        var outputs = new[] { _temp.File("out.csv"), _temp.File("out.json"), _temp.File("fig.svg"), _temp.File("fig.png"), _temp.File("missing.csv") };
        var before = File.ReadAllBytes(veteran);
        var value = Gen.OneOf(
            Gen.OneOf(Values),
            Gen.OneOf(outputs),
            Gen.Const(veteran));
        var option = Gen.OneOf(Options).SelectMany(name => name is "--force" or "--quiet"
            ? Gen.Const(new[] { name })
            : value.Select(v => new[] { name, v }));
        var gen =
            from command in Gen.OneOf(Commands)
            from options in option.Array[0, 3]
            select (string[])[.. command.Split(' ').Select(a => a switch { "V" => veteran, "FIG" => outputs[2], _ => a }), .. options.SelectMany(o => o)];

        var succeeded = 0;
        PropertySettings.Check(
            gen,
            args =>
            {
                var (code, _, err) = CliRunner.Run(args);
                succeeded += code == 0 ? 1 : 0;
                Assert.True(code is 0 or 2, $"exit {code} for [{string.Join(" | ", args)}]:\n{err}");
            },
            print: args => string.Join(" | ", args));

        // Guard against a generator that only ever reaches usage errors.
        Assert.True(succeeded >= PropertySettings.Iterations / 10, $"only {succeeded} of {PropertySettings.Iterations} command lines ran to completion");
        Assert.Equal(before, File.ReadAllBytes(veteran));
        // Only the --output files and their provenance sidecars (CommandRun: FILE.provenance.json); no temp files left.
        var allowed = outputs.Concat(outputs.Select(o => o + ".provenance.json")).ToArray();
        var unexpected = Directory.EnumerateFiles(_temp.Path).Where(f => !allowed.Contains(f)).Select(Path.GetFileName).ToArray();
        Assert.True(unexpected.Length == 0, "unexpected files: " + string.Join(", ", unexpected));
    }
}
