using System.Globalization;
using System.Text;
using System.Text.Json;
using OutcomesLab.EffectSizes;
using OutcomesLab.IO;

namespace OutcomesLab.Reporting.Inputs;

/// <summary>
/// Reads and validates the JSON outcome specification of <c>outcomeslab compare</c>. Schema:
/// <code>
/// { "description": "optional text",
///   "outcomes": [ {
///       "name": "EQ VAS week 24",                  required, unique
///       "domain": "quality-of-life",               required, see <see cref="DomainKeys"/>
///       "type": "continuous|binary|time-to-event", required
///       "direction": "higher-is-better|lower-is-better", required
///       "column": "eq_vas_w24",                    continuous and binary
///       "event-value": "3" or 3,                   binary / time-to-event: the value meaning "event"
///       "event-when": ">= 3",                      binary only: event when the numeric value satisfies it (&gt;=, &gt;, &lt;=, &lt;, ==, !=)
///       "time": "time_days", "event": "event",     time-to-event
///       "rmst-tau": 180 } ] }                      time-to-event, optional
/// </code>
/// Unknown keys and keys that do not apply to the type are errors naming the path and the allowed keys.
/// </summary>
internal static class OutcomeSpecFile
{
    public const string SchemaHelp =
        "Outcome specification (JSON): {\"outcomes\": [ {\"name\": TEXT, \"domain\": DOMAIN, \"type\": \"continuous\"|\"binary\"|\"time-to-event\", " +
        "\"direction\": \"higher-is-better\"|\"lower-is-better\", ...type keys} ]} with, per type: continuous \"column\"; " +
        "binary \"column\" (0/1, TRUE/FALSE, yes/no) plus optionally \"event-value\" (the value meaning event) or \"event-when\" (e.g. \">= 3\"; operators >=, >, <=, <, ==, !=); " +
        "time-to-event \"time\" (or \"time-from\" and \"time-to\", two date columns, with optional \"time-unit\" days|weeks|months|years), \"event\", optional \"event-value\" and \"rmst-tau\". Direction refers to the score, the proportion with the event, or the event rate " +
        "(dropout or death: lower-is-better). An optional top-level \"description\" is allowed; every other key is an error.";

    private static readonly string[] TopKeys = ["outcomes", "description"];
    private static readonly string[] CommonKeys = ["name", "domain", "type", "direction"];
    private static readonly string[] Operators = [">=", "<=", "==", "!=", ">", "<"];

    public static IReadOnlyList<string> DomainKeys { get; } = [.. Enum.GetValues<OutcomeDomain>().Select(d => Kebab(d.ToString()))];

    public static string Kebab(string pascal)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(pascal[i]));
        }

        return sb.ToString();
    }

    public static string TypeKey(OutcomeType t) => t switch
    {
        OutcomeType.Continuous => "continuous",
        OutcomeType.Binary => "binary",
        _ => "time-to-event",
    };

    public static string DirectionKey(OutcomeDirection d) => d == OutcomeDirection.HigherIsBetter ? "higher-is-better" : "lower-is-better";

    public static IReadOnlyList<OutcomeSpec> Read(string path)
    {
        var file = path;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{file}: cannot read the outcome specification ({ex.Message}). Check the path given to --outcomes.", ex);
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var col = (ex.BytePositionInLine ?? 0) + 1;
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{file} line {line}, position {col}: expected valid JSON ({ex.Message.Split(" Path:")[0]}). Fix the syntax; the schema is described in 'outcomeslab compare --help'."), ex);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Problem(file, "(top level)", "a JSON object {\"outcomes\": [...]}", root.ValueKind.ToString(), "Wrap the outcome list in {\"outcomes\": [ ... ]}.");
            }

            CheckKeys(file, root, "(top level)", TopKeys);
            if (root.TryGetProperty("description", out var description) && description.ValueKind != JsonValueKind.String)
            {
                throw Problem(file, "description", "a string", description.GetRawText(), "Use text for the description, or remove it.");
            }

            if (!root.TryGetProperty("outcomes", out var outcomes))
            {
                throw Problem(file, "(top level)", "the key \"outcomes\"", null, "List the outcomes under \"outcomes\": [ {...}, ... ].");
            }

            return ReadOutcomes(file, outcomes, "outcomes");
        }
    }

    /// <summary>
    /// Validates a JSON array of outcome objects (the <c>outcomes</c> of a specification file, or the
    /// same array written inline in an analysis plan at <paramref name="at"/>), each by the schema above.
    /// </summary>
    public static IReadOnlyList<OutcomeSpec> ReadOutcomes(string file, JsonElement outcomes, string at)
    {
        if (outcomes.ValueKind != JsonValueKind.Array || outcomes.GetArrayLength() == 0)
        {
            throw Problem(file, at, "a non-empty array of outcome objects", Short(outcomes.GetRawText()), "Give at least one outcome: \"outcomes\": [ {\"name\": ..., \"domain\": ..., \"type\": ..., \"direction\": ..., ...} ].");
        }

        var result = new List<OutcomeSpec>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var o in outcomes.EnumerateArray())
        {
            var spec = Outcome(file, o, $"{at}[{index}]");
            if (!names.Add(spec.Name))
            {
                throw Problem(file, spec.Path + ".name", "a name not used by another outcome", spec.Name, "Give every outcome its own name.");
            }

            result.Add(spec);
            index++;
        }

        return result;
    }

    private static OutcomeSpec Outcome(string file, JsonElement o, string at)
    {
        if (o.ValueKind != JsonValueKind.Object)
        {
            throw Problem(file, at, "an outcome object {\"name\": ..., \"domain\": ..., \"type\": ..., \"direction\": ...}", Short(o.GetRawText()), "Each entry of \"outcomes\" is an object.");
        }

        var name = RequiredString(file, o, at, "name", "the outcome's display name, e.g. \"EQ VAS week 24\"");
        var where = $"{at} (\"{name}\")";
        var typeText = RequiredString(file, o, where, "type", "one of continuous, binary, time-to-event");
        var type = typeText switch
        {
            "continuous" => OutcomeType.Continuous,
            "binary" => OutcomeType.Binary,
            "time-to-event" => OutcomeType.TimeToEvent,
            _ => throw Problem(file, where + ".type", "one of continuous, binary, time-to-event", typeText, "Choose the outcome's measurement type."),
        };
        string[] typeKeys = type switch
        {
            OutcomeType.Continuous => ["column"],
            OutcomeType.Binary => ["column", "event-value", "event-when"],
            _ => ["time", "time-from", "time-to", "time-unit", "event", "event-value", "rmst-tau"],
        };
        CheckKeys(file, o, where, [.. CommonKeys, .. typeKeys], $" for type {typeText}");

        var domainText = RequiredString(file, o, where, "domain", "a domain: " + string.Join(", ", DomainKeys));
        var domainIndex = DomainKeys.ToList().IndexOf(domainText);
        if (domainIndex < 0)
        {
            throw Problem(file, where + ".domain", "one of " + string.Join(", ", DomainKeys), domainText, "Use \"other\" for an outcome outside these domains.");
        }

        var directionText = RequiredString(file, o, where, "direction", "higher-is-better or lower-is-better");
        var direction = directionText switch
        {
            "higher-is-better" => OutcomeDirection.HigherIsBetter,
            "lower-is-better" => OutcomeDirection.LowerIsBetter,
            _ => throw Problem(file, where + ".direction", "higher-is-better or lower-is-better", directionText, "For binary outcomes it refers to the proportion with the event; for time-to-event to the event rate (dropout, death: lower-is-better)."),
        };

        string? column = null, time = null, evt = null, eventValue = null, op = null, timeFrom = null, timeTo = null;
        var timeUnit = IO.FollowUpUnit.Days;
        var threshold = double.NaN;
        double? tau = null;
        if (type is OutcomeType.Continuous or OutcomeType.Binary)
        {
            column = RequiredString(file, o, where, "column", "the CSV column with the outcome");
        }

        if (type == OutcomeType.TimeToEvent)
        {
            if (o.TryGetProperty("time-from", out _) || o.TryGetProperty("time-to", out _))
            {
                if (o.TryGetProperty("time", out _))
                {
                    throw Problem(file, where + ".time", "either \"time\" or \"time-from\" with \"time-to\", not both", null, "Keep the time column, or the two date columns the time is computed from.");
                }

                timeFrom = RequiredString(file, o, where, "time-from", "the CSV column with the start date (with \"time-to\")");
                timeTo = RequiredString(file, o, where, "time-to", "the CSV column with the end date (with \"time-from\")");
                if (o.TryGetProperty("time-unit", out var u))
                {
                    var unitText = u.ValueKind == JsonValueKind.String ? u.GetString() : null;
                    timeUnit = unitText switch
                    {
                        "days" => IO.FollowUpUnit.Days,
                        "weeks" => IO.FollowUpUnit.Weeks,
                        "months" => IO.FollowUpUnit.Months,
                        "years" => IO.FollowUpUnit.Years,
                        _ => throw Problem(file, where + ".time-unit", "days, weeks, months or years", Short(u.GetRawText()), "Weeks are 7 days, months 30.4375 and years 365.25."),
                    };
                }
            }
            else
            {
                if (o.TryGetProperty("time-unit", out _))
                {
                    throw Problem(file, where + ".time-unit", "\"time-from\" and \"time-to\" with \"time-unit\"", null, "The unit applies to a time computed from two dates; a \"time\" column is used in its own unit. Remove \"time-unit\".");
                }

                time = RequiredString(file, o, where, "time", "the CSV column with the follow-up time (or \"time-from\" and \"time-to\" with two date columns)");
            }

            evt = RequiredString(file, o, where, "event", "the CSV column with the event indicator");
            if (o.TryGetProperty("rmst-tau", out var t))
            {
                if (t.ValueKind != JsonValueKind.Number || !(t.GetDouble() > 0))
                {
                    throw Problem(file, where + ".rmst-tau", "a positive number (the RMST truncation time)", Short(t.GetRawText()), "Give a time such as 180, or remove the key to use the smaller of the arms' largest times.");
                }

                tau = t.GetDouble();
            }
        }

        if (o.TryGetProperty("event-value", out var ev))
        {
            eventValue = ev.ValueKind switch
            {
                JsonValueKind.String => ev.GetString(),
                JsonValueKind.Number => ev.GetRawText(),
                _ => throw Problem(file, where + ".event-value", "a string or number (the value that means 'event')", Short(ev.GetRawText()), "E.g. \"event-value\": 3 or \"event-value\": \"died\"."),
            };
        }

        if (o.TryGetProperty("event-when", out var ew))
        {
            if (eventValue is not null)
            {
                throw Problem(file, where + ".event-when", "either \"event-value\" or \"event-when\", not both", null, "Keep the one that defines the event.");
            }

            var text = ew.ValueKind == JsonValueKind.String ? ew.GetString()!.Trim() : "";
            op = Operators.FirstOrDefault(x => text.StartsWith(x, StringComparison.Ordinal));
            if (op is null || !double.TryParse(text[op.Length..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out threshold) || !double.IsFinite(threshold))
            {
                throw Problem(file, where + ".event-when", "a comparison with a number such as \">= 3\" (operators >=, >, <=, <, ==, !=)", Short(ew.GetRawText()), "The event is a row whose numeric value satisfies the comparison, e.g. EQ-5D level >= 3 for moderate or worse problems.");
            }
        }

        return new OutcomeSpec(name, (OutcomeDomain)Enum.GetValues<OutcomeDomain>().GetValue(domainIndex)!, type, direction, column, time, evt, eventValue, op, threshold, tau, where)
        {
            TimeFrom = timeFrom,
            TimeTo = timeTo,
            TimeUnit = timeUnit,
        };
    }

    private static string RequiredString(string file, JsonElement o, string at, string key, string expected)
    {
        if (!o.TryGetProperty(key, out var v))
        {
            throw Problem(file, at, $"the key \"{key}\": {expected}", null, $"Add \"{key}\" to this outcome.");
        }

        if (v.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(v.GetString()))
        {
            throw Problem(file, $"{at}.{key}", $"a non-empty string: {expected}", Short(v.GetRawText()), "Quote the value.");
        }

        return v.GetString()!.Trim();
    }

    private static void CheckKeys(string file, JsonElement o, string at, string[] allowed, string context = "")
    {
        foreach (var p in o.EnumerateObject())
        {
            if (!allowed.Contains(p.Name, StringComparer.Ordinal))
            {
                throw Problem(file, $"{at}", $"only the keys {string.Join(", ", allowed.Select(a => $"\"{a}\""))}{context}", p.Name, "Remove or rename the unknown key (keys are case-sensitive); see 'outcomeslab compare --help' for the schema.");
            }
        }
    }

    private static string Short(string raw) => InputProblem.Excerpt(raw);

    private static InputException Problem(string file, string at, string expected, string? found, string fix)
    {
        var sb = new StringBuilder();
        sb.Append(file).Append(", ").Append(at).Append(": expected ").Append(expected);
        if (found is not null)
        {
            sb.Append(", found \"").Append(found).Append('"');
        }

        sb.Append(". ").Append(fix);
        return new InputException(sb.ToString());
    }
}
