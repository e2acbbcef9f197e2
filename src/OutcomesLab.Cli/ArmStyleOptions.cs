using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using OutcomesLab.Plotting;
using ScottPlot;

namespace OutcomesLab.Cli;

/// <summary>
/// The arm options of the plot commands, declared once: --labels, --order, --colors, --linetypes and
/// --legend-title. They build the run's <see cref="ArmStyles"/>: arm k of the order (--order, else the
/// levels in <see cref="Factor.DefaultOrder"/>, as every analysis command orders them) takes the k-th
/// colour, line type and marker, so an arm looks the same in every figure.
/// </summary>
internal sealed class ArmStyleOptions
{
    private static readonly (string Name, Color Color)[] Named =
    [
        ("black", OkabeIto.Black), ("orange", OkabeIto.Orange), ("sky-blue", OkabeIto.SkyBlue), ("bluish-green", OkabeIto.BluishGreen),
        ("yellow", OkabeIto.Yellow), ("blue", OkabeIto.Blue), ("vermillion", OkabeIto.Vermillion), ("reddish-purple", OkabeIto.ReddishPurple),
    ];

    /// <summary>Creates the options; <paramref name="what"/> names the arms in the help ("--group levels", "--predict profiles").</summary>
    public ArmStyleOptions(string what = "--group levels")
    {
        Labels = new("--labels") { Description = $"Legend (and table) names of the {what}, e.g. 1=Clinic A,2=Clinic B (unlisted ones keep their names).", HelpName = "LEVEL=NAME,..." };
        Order = new("--order") { Description = $"Order of the {what} (every one once, comma-separated), e.g. methadone,buprenorphine: arm k takes the k-th colour, line type and marker; default: sorted as every command sorts levels (numbers numerically).", HelpName = "L1,L2,..." };
        Colors = new("--colors")
        {
            Description = $"One colour per arm in order, #RRGGBB or an Okabe-Ito name ({string.Join(", ", Named.Select(n => n.Name))}); default Okabe-Ito blue, vermillion, bluish-green, reddish-purple, ...",
            HelpName = "C1,C2,...",
            CustomParser = ParseColors,
        };
    }

    /// <summary>--labels.</summary>
    public Option<string?> Labels { get; }

    /// <summary>--order.</summary>
    public Option<string?> Order { get; }

    /// <summary>--colors.</summary>
    public Option<Color[]?> Colors { get; }

    /// <summary>--linetypes.</summary>
    public Option<ArmLineTypes> LineTypes { get; } = new("--linetypes")
    {
        Description = "varied (default): arms differ by line type (solid, dashed, dotted, densely dashed) as well as colour and marker, so they stay apart in greyscale print (survminer linetype = \"strata\"); solid: every line solid.",
        HelpName = "varied|solid",
        DefaultValueFactory = _ => ArmLineTypes.Varied,
        CustomParser = r => (r.Tokens.Count == 0 ? "" : r.Tokens[0].Value) switch
        {
            "varied" => ArmLineTypes.Varied,
            "solid" => ArmLineTypes.Solid,
            var other => RefuseLineTypes(r, other),
        },
    };

    /// <summary>--legend-title.</summary>
    public Option<string?> LegendTitle { get; } = new("--legend-title") { Description = "Text before the legend keys, e.g. \"Clinic\" (survminer legend.title); default none.", HelpName = "TEXT" };

    /// <summary>Adds the options; leave out the ones a figure has no use for (<paramref name="lineTypes"/>: no per-arm lines; <paramref name="legendTitle"/>: no legend).</summary>
    public void AddTo(Command command, bool labels = true, bool order = true, bool colors = true, bool lineTypes = true, bool legendTitle = true)
    {
        foreach (var (option, add) in new (Option, bool)[] { (Labels, labels), (Order, order), (Colors, colors), (LineTypes, lineTypes), (LegendTitle, legendTitle) })
        {
            if (add)
            {
                command.Options.Add(option);
            }
        }
    }

    /// <summary>The --order levels, or null without the option.</summary>
    public IReadOnlyList<string>? OrderGiven(CommandRun run) =>
        run.Parse.GetValue(Order) is { } o ? o.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : null;

    /// <summary>
    /// The arm order of the figure: --order (checked: every level of <paramref name="levels"/> once) or the
    /// levels in <see cref="Factor.DefaultOrder"/>.
    /// </summary>
    public IReadOnlyList<string> ArmOrder(CommandRun run, IReadOnlyList<string> levels, string column)
    {
        var sorted = Factor.DefaultOrder(levels.Distinct(StringComparer.Ordinal));
        if (OrderGiven(run) is not { } given)
        {
            return sorted;
        }

        var twice = given.GroupBy(l => l, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        var unknown = given.FirstOrDefault(l => !sorted.Contains(l));
        var missing = sorted.FirstOrDefault(l => !given.Contains(l));
        if (twice is not null || unknown is not null || missing is not null)
        {
            var what = twice is not null ? $"names \"{twice.Key}\" twice" : unknown is not null ? $"\"{unknown}\" is not a level of {column}" : $"level \"{missing}\" of {column} is missing";
            throw new UsageException($"--order: {what}. Name every level once, in the order wanted; the levels are {string.Join(",", sorted)}.");
        }

        return given;
    }

    /// <summary>The run's arm styles for arms in <paramref name="order"/>; --colors must give one colour per arm.</summary>
    public ArmStyles Styles(CommandRun run, IReadOnlyList<string> order)
    {
        var colors = run.Parse.GetValue(Colors) is { Length: > 0 } given ? given : null;
        if (colors is not null && colors.Length != order.Count)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--colors gives {colors.Length} colour(s) for {order.Count} arm(s) ({string.Join(", ", order)}); give one per arm, in that order."));
        }

        return new ArmStyles
        {
            Order = [.. order],
            Colors = colors is null ? [] : [.. colors],
            LineTypes = run.Parse.GetValue(LineTypes),
        };
    }

    /// <summary>The display name of each of <paramref name="levels"/> (in that order) from --labels, or null without it.</summary>
    public IReadOnlyList<string>? Names(CommandRun run, IReadOnlyList<string> levels) => GroupLabelOption.Read(run.Parse.GetValue(Labels), "--labels", levels);

    /// <summary>--legend-title.</summary>
    public string? Title(CommandRun run) => run.Parse.GetValue(LegendTitle);

    /// <summary>Parses one colour: #RRGGBB or an Okabe–Ito name; null when it is neither.</summary>
    internal static Color? ParseColor(string text)
    {
        var name = text.Trim().ToLowerInvariant().Replace(' ', '-').Replace('_', '-');
        foreach (var (n, c) in Named)
        {
            if (name == n || name == n.Replace("-", "", StringComparison.Ordinal))
            {
                return c;
            }
        }

        if (name == "vermilion")
        {
            return OkabeIto.Vermillion;
        }

        return name.Length == 7 && name[0] == '#' && name[1..].All(char.IsAsciiHexDigit) ? Color.FromHex(name) : null;
    }

    private static Color[]? ParseColors(ArgumentResult r)
    {
        if (r.Tokens.Count == 0)
        {
            return null;
        }

        var parts = string.Join(",", r.Tokens.Select(t => t.Value)).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var colors = new List<Color>();
        foreach (var part in parts)
        {
            if (ParseColor(part) is not { } c)
            {
                r.AddError($"--colors: \"{part}\" is not a colour; give #RRGGBB (e.g. #0072B2) or an Okabe-Ito name ({string.Join(", ", Named.Select(n => n.Name))}).");
                return null;
            }

            colors.Add(c);
        }

        if (colors.Count == 0)
        {
            r.AddError("--colors: give one colour per arm, e.g. --colors \"#0072B2,#D55E00\" or --colors blue,vermillion.");
        }

        return [.. colors];
    }

    private static ArmLineTypes RefuseLineTypes(ArgumentResult r, string value)
    {
        r.AddError($"--linetypes \"{value}\": expected varied or solid.");
        return ArmLineTypes.Varied;
    }
}
