using System.Diagnostics;
using System.Security.Cryptography;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// Issue #23, never destroy what OutcomesLab did not write. Each destructive case checks the exit
/// code, the message, and that the folder's contents (names, kinds, sizes, modification times and
/// SHA-256 of every file) are unchanged byte for byte.
/// </summary>
public sealed class OutputSafetyTests
{
    private static readonly string Addicts = RepositoryPaths.Combine("data", "addicts", "addicts.csv");

    // A one-analysis plan whose only input lives in its own folder of the temporary directory.
    private static string Plan(TempDirectory dir)
    {
        var data = Directory.CreateDirectory(dir.File("inputs")).FullName;
        var csv = Path.Combine(data, "addicts.csv");
        File.Copy(Addicts, csv);
        return dir.Write(Path.Combine("inputs", "plan.json"), $$"""
            { "title": "Addicts", "datasets": { "addicts": { "file": "{{csv.Replace('\\', '/')}}" } },
              "analyses": [ { "id": "km", "type": "km", "dataset": "addicts", "time": "days", "event": "departed", "group": "clinic" } ] }
            """);
    }

    private static string UserFolder(TempDirectory dir, string name)
    {
        var folder = Directory.CreateDirectory(dir.File(name)).FullName;
        File.WriteAllText(Path.Combine(folder, "thesis.docx"), "chapter 1");
        Directory.CreateDirectory(Path.Combine(folder, "notes"));
        File.WriteAllText(Path.Combine(folder, "notes", "notes.txt"), "do not delete");
        return folder;
    }

    /// <summary>Every entry under <paramref name="root"/> (links not followed): path, kind, size, mtime and SHA-256.</summary>
    internal static List<string> Snapshot(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        return [.. Directory.EnumerateFileSystemEntries(root, "*", options).Select(path =>
        {
            var info = new FileInfo(path);
            var link = info.LinkTarget;
            var isDir = Directory.Exists(path) && link is null;
            var kind = OutcomesLab.IO.FileSystemEntry.KindOf(path);
            var content = link is not null ? "link:" + link
                : isDir ? "dir"
                : kind == OutcomesLab.IO.FileSystemEntryKind.RegularFile ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))
                : kind.ToString();
            var time = isDir ? Directory.GetLastWriteTimeUtc(path) : info.LastWriteTimeUtc;
            return $"{Path.GetRelativePath(root, path)}|{(isDir || link is not null ? 0 : info.Length)}|{time.Ticks}|{content}";
        }).Order(StringComparer.Ordinal)];
    }

    private static (int Code, string Out, string Err) Child(string? workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = CliChildProcess.StartInfo(args);
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static void AssertRefused((int Code, string Out, string Err) result, string message)
    {
        Assert.True(result.Code == 2, $"exit {result.Code}: {result.Err}");
        Assert.Contains(message, result.Err, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Output_dot_in_a_folder_of_user_files_is_refused_with_force()
    {
        using var dir = new TempDirectory();
        var plan = Plan(dir);
        var user = UserFolder(dir, "mydata");
        var before = Snapshot(dir.Path);
        AssertRefused(Child(user, null, "report", "--plan", plan, "--output", ".", "--force"), "is the current folder; OutcomesLab never replaces or writes a report over it, even with --force");
        Assert.Equal(before, Snapshot(dir.Path));
    }

    [Fact]
    public void Output_dot_dot_is_refused_as_a_parent_of_the_current_folder()
    {
        using var dir = new TempDirectory();
        var plan = Plan(dir);
        var user = UserFolder(dir, "mydata");
        var before = Snapshot(dir.Path);
        AssertRefused(Child(Path.Combine(user, "notes"), null, "report", "--plan", plan, "--output", "..", "--force"), "is a parent of the current folder");
        Assert.Equal(before, Snapshot(dir.Path));
    }

    [Fact]
    public void Home_folder_and_its_parent_are_refused_with_force()
    {
        using var dir = new TempDirectory();
        var plan = Plan(dir);
        var home = UserFolder(dir, "home");
        var env = new Dictionary<string, string> { ["HOME"] = home, ["USERPROFILE"] = home };
        var before = Snapshot(dir.Path);
        AssertRefused(Child(Path.GetTempPath(), env, "report", "--plan", plan, "--output", home, "--force"), "is your home folder");
        AssertRefused(Child(Path.GetTempPath(), env, "report", "--plan", plan, "--output", dir.Path, "--force"), "is a parent of your home folder");
        Assert.Equal(before, Snapshot(dir.Path));
    }

    [Fact]
    public void Root_of_the_file_system_is_refused()
    {
        using var dir = new TempDirectory();
        var plan = Plan(dir);
        var root = Path.GetPathRoot(dir.Path)!;
        var names = Directory.EnumerateFileSystemEntries(root).Order(StringComparer.Ordinal).ToList();
        AssertRefused(CliRunner.Run("report", "--plan", plan, "--output", root, "--force"), "is the root of the file system");
        Assert.Equal(names, Directory.EnumerateFileSystemEntries(root).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Repository_root_and_a_clone_like_folder_are_refused()
    {
        using var dir = new TempDirectory();
        var plan = Plan(dir);

        // The real repository root is a parent of the folder the tests run in.
        var topLevel = Directory.EnumerateFileSystemEntries(RepositoryPaths.Root).Order(StringComparer.Ordinal).ToList();
        var readme = File.ReadAllBytes(RepositoryPaths.Combine("README.md"));
        AssertRefused(CliRunner.Run("report", "--plan", plan, "--output", RepositoryPaths.Root, "--force"), "OutcomesLab never replaces or writes a report over it");
        Assert.Equal(topLevel, Directory.EnumerateFileSystemEntries(RepositoryPaths.Root).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(readme, File.ReadAllBytes(RepositoryPaths.Combine("README.md")));

        // A clone elsewhere: not protected by position, refused because OutcomesLab did not write it.
        var clone = UserFolder(dir, "clone");
        Directory.CreateDirectory(Path.Combine(clone, ".git"));
        File.WriteAllText(Path.Combine(clone, ".git", "HEAD"), "ref: refs/heads/main\n");
        Directory.CreateDirectory(Path.Combine(clone, "src"));
        var before = Snapshot(dir.Path);
        AssertRefused(CliRunner.Run("report", "--plan", plan, "--output", clone, "--force"), "it is not a report folder OutcomesLab wrote (it has no .outcomeslab-report.json); it holds .git/, notes/, src/, thesis.docx");
        Assert.Equal(before, Snapshot(dir.Path));
    }

    [Fact]
    public void Folder_with_user_files_is_refused_with_and_without_force()
    {
        using var dir = new TempDirectory();
        var plan = Plan(dir);
        var user = UserFolder(dir, "mydata");
        var before = Snapshot(dir.Path);
        AssertRefused(CliRunner.Run("report", "--plan", plan, "--output", user, "--force"), "OutcomesLab replaces only a report folder it wrote itself, even with --force");
        AssertRefused(CliRunner.Run("report", "--plan", plan, "--output", user), "holds notes/, thesis.docx");
        Assert.Equal(before, Snapshot(dir.Path));
    }

    [Fact]
    public void Folder_holding_an_input_is_refused_even_when_it_is_a_report()
    {
        using var dir = new TempDirectory();
        var plan = Plan(dir);
        var before = Snapshot(dir.Path);
        AssertRefused(CliRunner.Run("report", "--plan", plan, "--output", dir.File("inputs"), "--force"), $"holds the input file {dir.File("inputs")}{Path.DirectorySeparatorChar}");
        AssertRefused(CliRunner.Run("report", "--plan", plan, "--output", dir.Path, "--force"), "holds the input file");
        Assert.Equal(before, Snapshot(dir.Path));
    }

    [Fact]
    public void Symbolic_link_to_a_user_folder_or_to_a_report_is_refused()
    {
        using var dir = new TempDirectory();
        var plan = Plan(dir);
        var user = UserFolder(dir, "mydata");
        Directory.CreateSymbolicLink(dir.File("link"), user);
        var report = dir.File("report");
        Assert.Equal(0, CliRunner.Run("report", "--plan", plan, "--output", report, "--quiet").Code);
        Directory.CreateSymbolicLink(dir.File("report-link"), report);
        var before = Snapshot(dir.Path);
        AssertRefused(CliRunner.Run("report", "--plan", plan, "--output", dir.File("link"), "--force"), "is a symbolic link (to " + user);
        AssertRefused(CliRunner.Run("report", "--plan", plan, "--output", dir.File("report-link"), "--force"), "is a symbolic link");
        Assert.Equal(before, Snapshot(dir.Path));
    }

    [Fact]
    public void File_where_a_folder_is_expected_and_folder_where_a_file_is_expected_are_refused()
    {
        using var dir = new TempDirectory();
        var plan = Plan(dir);
        var file = dir.Write("notes.txt", "mine");
        var user = UserFolder(dir, "mydata");
        var before = Snapshot(dir.Path);
        AssertRefused(CliRunner.Run("report", "--plan", plan, "--output", file, "--force"), "is a file; the report is a folder");
        AssertRefused(CliRunner.Run("km", "--input", Addicts, "--time", "days", "--event", "departed", "--output", user, "--force"), "is a folder; name a file inside it");
        Assert.Equal(before, Snapshot(dir.Path));
    }

    [Fact]
    public void Symbolic_link_named_pipe_and_hard_link_to_the_input_are_never_written()
    {
        using var dir = new TempDirectory();
        var input = dir.File("addicts.csv");
        File.Copy(Addicts, input);
        var other = dir.Write("other.csv", "precious");
        File.CreateSymbolicLink(dir.File("link.csv"), other);
        var fifo = dir.File("pipe.csv");
        foreach (var (tool, args) in new[] { ("mkfifo", new[] { fifo }), ("ln", new[] { input, dir.File("hard.csv") }) })
        {
            using var process = Process.Start(tool, args)!;
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
        }

        var before = Snapshot(dir.Path);
        string[] km = ["km", "--input", input, "--time", "days", "--event", "departed", "--format", "csv", "--force", "--output"];
        AssertRefused(CliRunner.Run([.. km, dir.File("link.csv")]), "is a symbolic link (to " + other);
        AssertRefused(CliRunner.Run([.. km, fifo]), "is a named pipe (FIFO), not a regular file");
        AssertRefused(CliRunner.Run([.. km, dir.File("hard.csv")]), "It names the input file");
        Assert.Equal(before, Snapshot(dir.Path));
    }

    [Fact]
    public void Provenance_sidecar_that_OutcomesLab_did_not_write_is_never_replaced()
    {
        using var dir = new TempDirectory();
        var sidecar = dir.Write("km.csv.provenance.json", "{\"my\": \"notes\"}");
        var before = Snapshot(dir.Path);
        string[] km = ["km", "--input", Addicts, "--time", "days", "--event", "departed", "--format", "csv", "--output", dir.File("km.csv")];
        AssertRefused(CliRunner.Run(km), "km.csv.provenance.json: expected no file, or the provenance record OutcomesLab wrote for km.csv");
        Assert.Equal(before, Snapshot(dir.Path));

        // Its own sidecar is replaced with its output.
        File.Delete(sidecar);
        Assert.Equal(0, CliRunner.Run(km).Code);
        Assert.Equal(0, CliRunner.Run([.. km, "--force"]).Code);
        Assert.Contains("\"tool\": \"outcomeslab\"", File.ReadAllText(sidecar), StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_of_one_run_must_be_distinct_and_are_checked_before_any_is_written()
    {
        using var dir = new TempDirectory();
        var table = dir.Write("episodes.csv", "mine");
        var before = Snapshot(dir.Path);
        var ctn = RepositoryPaths.Combine("data", "ctn0027");
        var (code, _, err) = CliRunner.Run(
            "retention", "--dispensing", Path.Combine(ctn, "treatment.csv"), "--id", "who", "--day", "when", "--dose", "amount", "--gap", "30", "--index", Path.Combine(ctn, "randomization.csv"),
            "--index-day", "when", "--index-filter", "which=1", "--group", "treatment", "--output", dir.File("summary.csv"), "--episodes-out", table);
        Assert.Equal(2, code);
        Assert.Contains("The file already exists", err, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(dir.Path));
    }

    [Fact]
    public void An_earlier_report_is_replaced_with_force_but_not_once_a_user_file_is_added()
    {
        using var dir = new TempDirectory();
        var plan = Plan(dir);
        var report = dir.File("report");
        Assert.Equal(0, CliRunner.Run("report", "--plan", plan, "--output", report, "--quiet").Code);
        AssertRefused(CliRunner.Run("report", "--plan", plan, "--output", report), "the folder holds an earlier OutcomesLab report. Add --force to replace it");
        var (code, _, err) = CliRunner.Run("report", "--plan", plan, "--output", report, "--force", "--quiet");
        Assert.True(code == 0, err);
        Assert.Equal(["inputs", "report"], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        File.WriteAllText(Path.Combine(report, "figures", "my-edit.png"), "mine");
        var before = Snapshot(dir.Path);
        AssertRefused(CliRunner.Run("report", "--plan", plan, "--output", report, "--force"), "it holds what OutcomesLab did not write there: figures/my-edit.png");
        Assert.Equal(before, Snapshot(dir.Path));
    }

    [Fact]
    public void Marker_lists_every_file_of_the_report()
    {
        using var dir = new TempDirectory();
        var plan = Plan(dir);
        var report = dir.File("report");
        Assert.Equal(0, CliRunner.Run("report", "--plan", plan, "--output", report, "--quiet").Code);
        using var marker = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(report, ReportFolderMarker.FileName)));
        Assert.Equal("outcomeslab", marker.RootElement.GetProperty("tool").GetString());
        Assert.Equal(1, marker.RootElement.GetProperty("format_version").GetInt32());
        Assert.True(marker.RootElement.GetProperty("complete").GetBoolean());
        var listed = marker.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
        var present = Directory.EnumerateFiles(report, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => Path.GetRelativePath(report, f).Replace('\\', '/')).Where(f => f != ReportFolderMarker.FileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(present, listed);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Two_reports_racing_for_one_folder_one_wins_the_other_exits_2(bool force)
    {
        using var dir = new TempDirectory();
        var target = dir.File("report");
        string[] args = force ? ["report", "--quiet", "--output", target, "--force"] : ["report", "--quiet", "--output", target];
        var a = Task.Run(() => Child(null, null, args), TestContext.Current.CancellationToken);
        var b = Task.Run(() => Child(null, null, args), TestContext.Current.CancellationToken);
        var results = await Task.WhenAll(a, b);
        Assert.Equal([0, 2], results.Select(r => r.Code).Order());
        var loser = results.Single(r => r.Code == 2);
        Assert.True(
            loser.Err.Contains("another OutcomesLab run", StringComparison.Ordinal) || loser.Err.Contains("earlier OutcomesLab report", StringComparison.Ordinal),
            loser.Err);

        // One complete report, nothing else beside it.
        Assert.Equal(["report"], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName));
        Assert.Null(ReportFolderMarker.WhyNotOurs(target));
        Assert.True(File.Exists(Path.Combine(target, "report.html")));
    }

    [Fact]
    public void Group_label_that_is_a_formula_is_neutralised_in_csv_output()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("cohort.csv", "time,event,arm\n5,1,=HYPERLINK(\"http://x\")\n8,0,=HYPERLINK(\"http://x\")\n3,1,@SUM(A1)\n9,1,@SUM(A1)\n");
        var (code, csv, err) = CliRunner.Run("km", "--input", input, "--time", "time", "--event", "event", "--group", "arm", "--format", "csv");
        Assert.True(code == 0, err);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains("\n'@SUM(A1),", csv, StringComparison.Ordinal);
        Assert.All(csv.Split('\n', ',').Select(c => c.TrimStart('"')), c => Assert.False(c.StartsWith('=') || c.StartsWith('@'), c));
    }
}
