using System.CommandLine;
using System.Globalization;
using OutcomesLab.Plotting;

namespace OutcomesLab.Cli;

/// <summary>Options of every <c>plot</c> subcommand: journal preset, resolution and the file written to --output (PNG or SVG by extension).</summary>
internal sealed class FigureOptions(string defaultPreset)
{
    public Option<string> Preset { get; } = new("--preset")
    {
        Description = $"Figure size: journal-single (85 mm wide) or journal-double (174 mm). Default {defaultPreset}.",
        DefaultValueFactory = _ => defaultPreset,
        HelpName = "journal-single|journal-double",
    };

    public Option<int> Dpi { get; } = new("--dpi") { Description = "PNG resolution in dots per inch (default 300; journals ask for 300 or 600).", DefaultValueFactory = _ => 300, HelpName = "DPI" };

    public Option<string?> Title { get; } = new("--title") { Description = "Title above the figure (journals usually put it in the caption instead).", HelpName = "TEXT" };

    public void AddTo(Command command)
    {
        Preset.AcceptOnlyFromAmong("journal-single", "journal-double");
        Dpi.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<int>();
            if (v is < 72 or > 2400)
            {
                r.AddError(string.Create(CultureInfo.InvariantCulture, $"--dpi must be between 72 and 2400 (journals ask for 300 or 600); found {v}."));
            }
        });
        foreach (var option in new Option[] { Preset, Dpi, Title })
        {
            command.Options.Add(option);
        }
    }

    public FigurePreset Read(CommandRun run) => FigurePreset.Named(run.Parse.GetValue(Preset)!).WithDpi(run.Parse.GetValue(Dpi));

    /// <summary>Checks --output before any work: required, .png or .svg, not an input, not existing without --force.</summary>
    public static FigureFormat Target(CommandRun run)
    {
        if (run.Output is null)
        {
            throw new UsageException("plot needs --output FIG.png or --output FIG.svg.");
        }

        if (run.FormatGiven)
        {
            throw new UsageException($"--format {run.Format.ToString().ToLowerInvariant()} does not apply to plot: a figure's format is the extension of --output (.png or .svg). Drop --format.");
        }

        var ext = Path.GetExtension(run.Output.Name);
        if (!string.Equals(ext, ".png", StringComparison.OrdinalIgnoreCase) && !string.Equals(ext, ".svg", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"--output {run.Output}: the file name must end in .png or .svg (found \"{ext}\").");
        }

        run.CheckOutputTarget();
        return Figure.FormatOf(run.Output.Name);
    }

    /// <summary>Renders and writes the figure atomically, then reports what was written.</summary>
    public static int Write(CommandRun run, Figure figure, FigureFormat format)
    {
        var bytes = figure.Render(format);
        run.WriteOutputFile(run.Output!.FullName, s => s.Write(bytes));
        var size = format == FigureFormat.Png
            ? string.Create(CultureInfo.InvariantCulture, $"{figure.PixelWidth} x {figure.PixelHeight} px at {figure.Preset.Dpi} dpi")
            : "SVG";
        run.Stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {run.Output} ({figure.WidthMm:0} x {figure.HeightMm:0} mm, {size})"));
        return ExitCodes.Ok;
    }
}
