using System.Text;

namespace OutcomesLab.Cli.Tests.BadInputCatalogue;

/// <summary>
/// The catalogue of hostile inputs (issue #10): files as they arrive from REDCap, SAS, Excel in
/// other locales or a text editor, each with the one located message the CLI must give. Every
/// case is run by <see cref="BadInputCatalogueTests"/>.
/// </summary>
internal static class BadInputCases
{
    private const string Cohort = "cohort.csv";

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        // File level: encodings, formats, structure.
        Csv("empty file", [], Describe(), new(Cohort, null, null, "a header row naming the columns", null, "The file is empty")),
        Csv("whitespace-only file", Utf8("\n \r\n\t\n"), Describe(), new(Cohort, null, null, "a header row naming the columns", null, "The file is empty")),
        Csv("header only", Utf8("days,event\n"), Describe(), new(Cohort, 2, null, "at least one data row after the header", null, "has a header but no data")),
        Csv("duplicate column names", Utf8("days,event,days\n1,0,2\n"), Describe(), new(Cohort, 1, "days", "unique column names", "days", "Rename one of the two columns")),
        Csv("blank column name", Utf8("days,,event\n1,2,0\n"), Describe(), new(Cohort, 1, null, "a name for column 2 (after \"days\")", "", "Give every column a name")),
        Csv("ragged row with an extra field", Utf8("days,event\n1,0\n2,1,9\n3,0\n"), Km(), new(Cohort, 3, null, "2 fields as in the header (line 1); this line has 3", "2,1,9", "put that value in double quotes")),
        Csv("ragged row with a missing field", Utf8("days,event,arm\n1,0,a\n2,1\n3,0,b\n"), Km(), new(Cohort, 3, null, "3 fields as in the header (line 1); this line has 2", "2,1", "add the missing field")),
        Csv("unbalanced quote", Utf8("days,event,arm\n1,0,\"methadone\n2,1,bup\n"), Km(), new(Cohort, 2, null, "a closing quote", "\"methadone", "Close the quote")),
        Csv("mixed delimiters (one line with ';')", Utf8("days,event,arm\n1,0,a\n2;1;b\n3,0,a\n"), Km(), new(Cohort, 3, null, "3 fields as in the header", "2;1;b", "This line uses ';' where the header uses ','")),
        Csv("wrong --delimiter", Utf8("days,event\n1,0\n2,1\n"), [.. Km(), "--delimiter", ";"], new(Cohort, 1, null, "columns separated by ';'", "days,event", "delimited by ','")),
        Csv("UTF-16 LE with byte-order mark", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("days,event\n5,1\n")], Km(), new(Cohort, null, null, "UTF-8 text", "UTF-16 byte-order mark", "save it as UTF-8")),
        Csv("UTF-16 BE without byte-order mark", Encoding.BigEndianUnicode.GetBytes("days,event\n5,1\n6,0\n"), Km(), new(Cohort, null, null, "UTF-8 text", "UTF-16 text without a byte-order mark", "save it as UTF-8")),
        Csv("Latin-1 text", Encoding.Latin1.GetBytes("days,event,site\n5,1,Bern\n6,0,Zürich\n"), Describe(), new(Cohort, 3, "site", "UTF-8 text", "Z", "Save it as \"CSV UTF-8\"")),
        Csv("binary garbage with NUL bytes", [.. Utf8("days,event\n1,1\n"), 0x00, 0x13, 0x88, 0xFF, 0x41], Describe(), new(Cohort, 3, null, "a text CSV file", "binary data (NUL bytes)", "Export the data as \"CSV UTF-8\"")),
        Csv("xlsx workbook renamed to .csv", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF, 0x00, 0x13, 0x37], Describe(), new(Cohort, null, null, "a CSV text file", "a ZIP archive", "Export the sheet")),
        Csv("Ctrl-Z end-of-file marker after the last row", [.. Utf8("days,event\n5,1\n6,0\n"), 0x1A], Km(), new(Cohort, 4, null, "2 fields as in the header (line 1); this line has 1", "\\x1A", "control characters (a Ctrl-Z end-of-file marker")),
        Csv("10 MB single line (a number of 10 million digits)", () => Utf8("days,event\n5,1\n" + new string('9', 10 * 1024 * 1024) + ",0\n"), Km(), new(Cohort, 3, "days", "a non-negative number", "9999999999", "too large to be represented")),
        Csv("10 MB single line without a line break", () => Utf8("days,event\n" + new string('7', 10 * 1024 * 1024)), Km(), new(Cohort, 2, null, "2 fields as in the header (line 1); this line has 1", "7777777777", "add the missing field")),

        // Values in the time column.
        Csv("text in the time column", Utf8("days,event\n1,0\nabc,1\n"), Km(), new(Cohort, 3, "days", "a non-negative number", "abc", "Correct the value")),
        Csv("Excel error value in the time column", Utf8("days,event\n5,1\n#N/A,0\n"), Km(), new(Cohort, 3, "days", "a non-negative number", "#N/A", "list it with --na")),
        Csv("decimal comma without --decimal-comma", Utf8("days;event\n12,5;1\n3;0\n"), Km(), new(Cohort, 2, "days", "a non-negative number", "12,5", "add --decimal-comma")),
        Csv("thousands separator", Utf8("days,event\n\"1,234\",1\n3,0\n"), Km(), new(Cohort, 2, "days", "a non-negative number", "1,234", "remove thousands separators from numbers (write 1234)")),
        Csv("dot thousands separator with --decimal-comma", Utf8("days;event\n1.234,5;1\n3;0\n"), [.. Km(), "--decimal-comma"], new(Cohort, 2, "days", "a non-negative number", "1.234,5", "write 1234,5")),
        Csv("negative time", Utf8("days,event\n5,1\n-3,0\n"), Km(), new(Cohort, 3, "days", "a non-negative number", "-3", "Times must be finite and not negative")),
        Csv("infinite time", Utf8("days,event\n5,1\nInf,0\n"), Km(), new(Cohort, 3, "days", "a non-negative number (not NaN or infinite)", "Inf", "Times must be finite")),
        Csv("NaN time when NaN is not a missing code", Utf8("days,event\n5,1\nNaN,0\n"), [.. Km(), "--na", "NA"], new(Cohort, 3, "days", "a non-negative number (not NaN or infinite)", "NaN", "Times must be finite")),
        Csv("every time missing", Utf8("days,event\nNA,1\n,0\n"), Km(), new(Cohort, null, null, "at least one row with a value in every role column (\"days\"", "a missing value in all 2 rows", "missing-value codes (--na)")),
        Csv("start equal to stop", Utf8("start,stop,event,dose\n0,5,1,1\n3,3,0,2\n0,7,1,3\n"), ["cox", "--input", "{cohort.csv}", "--start", "start", "--time", "stop", "--event", "event", "--covariates", "dose"], new(Cohort, 3, "start", "an entry time below the exit time (stop = 3)", "3", "check the start and stop columns")),

        // Event codes.
        Csv("event code outside 0/1", Utf8("days,event\n5,1\n6,2\n7,0\n"), Km(), new(Cohort, 3, "event", "event values 0/1, TRUE/FALSE, T/F or yes/no", "2", "--event-value 2")),
        Csv("text event codes", Utf8("days,event\n5,dead\n6,alive\n"), Km(), new(Cohort, 2, "event", "event values 0/1", "dead, alive", "pass --event-value dead")),
        Csv("--event-value that never occurs", Utf8("days,event\n5,1\n6,2\n"), [.. Km(), "--event-value", "3"], new(Cohort, null, "event", "at least one row with the event value \"3\"", "1, 2", "check --event-value")),
        Csv("negative competing-risk code", Utf8("days,status\n5,1\n6,-1\n"), Cif(), new(Cohort, 3, "status", "integer status codes 0 (censored), 1, 2, ...", "-1", "Recode the status column")),
        Csv("fractional competing-risk code", Utf8("days,status\n5,1\n6,1.5\n"), Cif(), new(Cohort, 3, "status", "integer status codes", "1.5", "Recode the status column")),

        // Columns and roles.
        Csv("misspelt column", Utf8("days,event\n5,1\n"), ["km", "--input", "{cohort.csv}", "--time", "dayz", "--event", "event"], new(Cohort, null, "dayz", "an existing column for the time role", null, "Did you mean \"days\"?")),
        Csv("missing required column", Utf8("days,arm\n5,a\n"), Km(), new(Cohort, null, "event", "an existing column for the event role", null, "The file has the columns: \"days\", \"arm\"")),
        Csv("group with one level", Utf8("days,event,arm\n5,1,a\n6,0,a\n"), LogRank(), new(Cohort, null, "arm", "at least two groups to compare", "a", "Choose the column that separates the arms")),
        Csv("group column entirely missing", Utf8("days,event,arm\n5,1,\n6,0,NA\n"), LogRank(), new(Cohort, null, null, "at least one row with a value in every role column", "a missing value in all 2 rows", "group is missing")),
        Csv("strata of one subject each", Utf8("id,days,event,dose\n1,5,1,1\n2,6,0,2\n3,7,1,3\n4,9,1,2\n"), [.. Cox("dose"), "--strata", "id"], new(Cohort, null, "id", "strata with at least two rows each", "4 strata of one row each", "use --id or --cluster")),
        Csv("all censored (Cox)", Utf8("days,event,arm\n5,0,a\n6,0,b\n7,0,a\n8,0,b\n"), Cox("arm"), new(Cohort, null, "event", "at least one event", "0 events in 4 rows: all censored", "Check that --event names the event column")),
        Csv("zero case weight (Cox)", Utf8("days,event,dose,w\n1,1,1,1\n2,1,2,0\n3,0,3,1\n4,1,1,1\n"), [.. Cox("dose"), "--weights", "w"], new(Cohort, 3, "w", "a positive case weight", "0", "drop it from the file")),
        Csv("negative case weight (Cox)", Utf8("days,event,dose,w\n1,1,1,1\n2,1,2,-1\n3,0,3,1\n"), [.. Cox("dose"), "--weights", "w"], new(Cohort, 3, "w", "a non-negative case weight", "-1", "Case weights must be finite and not negative")),
        Csv("stray text in a numeric covariate", Utf8("days,event,dose\n1,1,high\n2,0,40\n3,1,60\n"), Cox("dose"), new(Cohort, 2, "dose", "a number (most values in this column are numbers)", "high", "Correct the value")),

        // Long record files (retention).
        Retention("Excel date serials in a day column", Utf8("who,when\n1,45292\n1,45293\n2,45300\n"), new("dosing.csv", 2, "when", "a study day (days since a common anchor", "45292", "spreadsheet date serial (2024-01-01 in Excel)")),
        Retention("fill dates with a numeric index day", Utf8("who,when\n1,2024-01-01\n1,2024-01-02\n"), new("index.csv", 2, "when", "an index date (--day names dates", "0", "--index-day")),
        Retention("missing patient id in a record", Utf8("who,when\n1,1\n,2\n"), new("dosing.csv", 3, "who", "a patient identifier", "", "fill in the identifier")),

        // Outcomes of the effect, meta, qol and compare commands.
        Csv("text in a continuous outcome", Utf8("arm,score\na,1\nb,2\na,x\nb,4\na,5\nb,6\n"), Effect("score", "cohens-d"), new(Cohort, 4, "score", "a number (outcome)", "x", "Correct the value")),
        Csv("binary outcome coded 2", Utf8("arm,y\na,1\nb,0\na,2\nb,1\n"), Effect("y", "odds-ratio"), new(Cohort, 4, "y", "a binary outcome: 0/1", "2", "--event-value 2")),
        Csv("negative standard deviation (meta)", Utf8("m1,s1,n1,m2,s2,n2\n1,1,10,2,1,10\n1,-1,10,2,1,10\n"), ["meta", "--input", "{cohort.csv}", "--m1i", "m1", "--sd1i", "s1", "--n1i", "n1", "--m2i", "m2", "--sd2i", "s2", "--n2i", "n2"], new(Cohort, 3, "s1", "a non-negative standard deviation", "-1", "cannot be negative")),
        Csv("study with an empty arm (meta)", Utf8("a,b,c,d\n1,9,2,8\n0,0,0,0\n3,7,4,6\n"), ["meta", "--input", "{cohort.csv}", "--measure", "OR", "--ai", "a", "--bi", "b", "--ci", "c", "--di", "d"], new(Cohort, 3, "a", "at least one subject in the treatment arm (a + b > 0)", "0 and 0", "remove the row")),
        Csv("EQ-5D-5L item out of range", Utf8("mo,sc,ua,pd,ad\n1,1,1,1,1\n1,6,1,1,1\n"), ["qol", "score", "--input", "{cohort.csv}", "--instrument", "eq5d-5l", "--value-set", "England"], new(Cohort, 3, "sc", "EQ-5D-5L VT England item \"sc\": a whole number from 1 to 5", "6", "Correct the value")),
        new BadInputCase(
            "outcome specification with an unknown key",
            [(Cohort, () => Utf8("arm,y\na,1\nb,2\na,3\nb,4\n")), ("spec.json", () => Utf8("""{"outcomes":[{"name":"Y","domain":"other","type":"continuous","column":"y","direction":"higher-is-better","colour":"red"}]}"""))],
            ["compare", "--input", "{cohort.csv}", "--group", "arm", "--treatment", "a", "--control", "b", "--outcomes", "{spec.json}"],
            new("spec.json", null, null, "only the keys \"name\", \"domain\", \"type\", \"direction\", \"column\"", "colour", "Remove or rename the unknown key")),
        new BadInputCase(
            "analysis plan with an unknown key",
            [(Cohort, () => Utf8("days,event\n5,1\n6,0\n7,1\n")), ("plan.json", () => Utf8(PlanWithUnknownKey))],
            ["report", "--plan", "{plan.json}"],
            new("plan.json", 5, "88", "a known key of analyses[0]", "colour", "Allowed keys here:")),
    ];

    // The unknown key "colour" is on line 5, column 88 (4 spaces of indentation + 83 characters before it).
    private const string PlanWithUnknownKey = """
        {
          "title": "hostile plan",
          "datasets": { "cohort": { "file": "cohort.csv" } },
          "analyses": [
            { "id": "km", "type": "km", "dataset": "cohort", "time": "days", "event": "event", "colour": "red" }
          ]
        }
        """;

    private static BadInputCase Csv(string name, byte[] content, string[] args, ExpectedProblem problem) => Csv(name, () => content, args, problem);

    private static BadInputCase Csv(string name, Func<byte[]> content, string[] args, ExpectedProblem problem) => new(name, [(Cohort, content)], args, problem);

    private static BadInputCase Retention(string name, byte[] dosing, ExpectedProblem problem) => new(
        name,
        [("dosing.csv", () => dosing), ("index.csv", () => Utf8("who,when,arm\n1,0,a\n2,0,b\n"))],
        ["retention", "--dispensing", "{dosing.csv}", "--id", "who", "--day", "when", "--gap", "7", "--index", "{index.csv}", "--index-day", "when"],
        problem);

    private static string[] Describe() => ["describe", "--input", "{cohort.csv}"];

    private static string[] Km() => ["km", "--input", "{cohort.csv}", "--time", "days", "--event", "event"];

    private static string[] LogRank() => ["logrank", "--input", "{cohort.csv}", "--time", "days", "--event", "event", "--group", "arm"];

    private static string[] Cif() => ["cif", "--input", "{cohort.csv}", "--time", "days", "--event", "status"];

    private static string[] Cox(string covariates) => ["cox", "--input", "{cohort.csv}", "--time", "days", "--event", "event", "--covariates", covariates];

    private static string[] Effect(string outcome, string measure) => ["effect", "--input", "{cohort.csv}", "--outcome", outcome, "--group", "arm", "--treatment", "a", "--control", "b", "--measure", measure];

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
