using System.CommandLine;
using System.Globalization;
using OutcomesLab.Plotting;

namespace OutcomesLab.Cli;

/// <summary>Options of every <c>plot</c> subcommand: journal preset, resolution, greyscale TIFF and the file written to --output (PNG, SVG, PDF, EPS or TIFF by extension).</summary>
internal sealed class FigureOptions(string defaultPreset)
{
    public Option<string> Preset { get; } = new("--preset")
    {
        Description = $"Figure size: journal-single (85 mm wide) or journal-double (174 mm). Default {defaultPreset}.",
        DefaultValueFactory = _ => defaultPreset,
        HelpName = "journal-single|journal-double",
    };

    public Option<int> Dpi { get; } = new("--dpi") { Description = "PNG and TIFF resolution in dots per inch (default 300; journals ask for 300 or 600); PDF and EPS are vector and use it for nothing.", DefaultValueFactory = _ => 300, HelpName = "DPI" };

    public Option<bool> Greyscale { get; } = new("--greyscale") { Description = "Write a .tif/.tiff figure as 8-bit greyscale (one sample per pixel, BT.709 luma) instead of RGB; only with a TIFF --output." };

    public Option<string?> Title { get; } = new("--title") { Description = "Title above the figure (journals usually put it in the caption instead).", HelpName = "TEXT" };

    public Option<double?> Width { get; } = new("--width") { Description = "Figure width in mm, overriding the preset's (85 or 174); 40 to 400.", HelpName = "MM" };

    public Option<double?> Height { get; } = new("--height") { Description = "Figure height in mm (default: what the content needs at the width); 30 to 400.", HelpName = "MM" };

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
        Range(Width, "--width", 40, 400);
        Range(Height, "--height", 30, 400);
        foreach (var option in new Option[] { Preset, Dpi, Greyscale, Title, Width, Height })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The preset with --dpi, and --width/--height in place of its size where given.</summary>
    public FigurePreset Read(CommandRun run)
    {
        var preset = FigurePreset.Named(run.Parse.GetValue(Preset)!).WithDpi(run.Parse.GetValue(Dpi));
        return preset with
        {
            WidthMm = run.Parse.GetValue(Width) ?? preset.WidthMm,
            HeightMm = run.Parse.GetValue(Height) ?? preset.HeightMm,
        };
    }

    private static void Range(Option<double?> option, string name, double min, double max) => option.Validators.Add(r =>
    {
        if (r.GetValueOrDefault<double?>() is { } v && !(v >= min && v <= max))
        {
            r.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be between {min} and {max} mm; found {v}."));
        }
    });

    /// <summary>Checks --output before any work: required, a figure extension (.png, .svg, .pdf, .eps, .tif, .tiff), not an input, not existing without --force.</summary>
    public static FigureFormat Target(CommandRun run)
    {
        if (run.Output is null)
        {
            throw new UsageException("plot needs --output FIG.png, FIG.svg, FIG.pdf, FIG.eps or FIG.tif.");
        }

        var format = Figure.TryFormatOf(run.Output.Name)
            ?? throw new UsageException($"--output {run.Output}: the file name must end in .png, .svg, .pdf, .eps, .tif or .tiff (found \"{Path.GetExtension(run.Output.Name)}\").");
        if (run.Parse.GetResult("--greyscale") is not null && run.Parse.GetValue<bool>("--greyscale") && format != FigureFormat.Tiff)
        {
            throw new UsageException($"--greyscale makes an 8-bit greyscale TIFF; --output {run.Output.Name} is not a .tif or .tiff file. Drop --greyscale or write FIG.tif.");
        }

        run.CheckOutputTarget();
        return format;
    }

    /// <summary>Renders and writes the figure atomically, then reports what was written.</summary>
    public static int Write(CommandRun run, Figure figure, FigureFormat format)
    {
        var greyscale = format == FigureFormat.Tiff && run.Parse.GetResult("--greyscale") is not null && run.Parse.GetValue<bool>("--greyscale");
        var bytes = figure.Render(format, greyscale);
        run.WriteOutputFile(run.Output!.FullName, s => s.Write(bytes));
        var size = format switch
        {
            FigureFormat.Png => string.Create(CultureInfo.InvariantCulture, $"{figure.PixelWidth} x {figure.PixelHeight} px at {figure.Preset.Dpi} dpi"),
            FigureFormat.Tiff => string.Create(CultureInfo.InvariantCulture, $"TIFF {figure.PixelWidth} x {figure.PixelHeight} px at {figure.Preset.Dpi} dpi, LZW, {(greyscale ? "8-bit grey" : "RGB")}"),
            FigureFormat.Pdf => "PDF, vector, fonts embedded",
            FigureFormat.Eps => "EPS, vector, font embedded",
            _ => "SVG",
        };
        run.Stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {run.Output} ({figure.WidthMm:0} x {figure.HeightMm:0} mm, {size})"));
        return ExitCodes.Ok;
    }
}
