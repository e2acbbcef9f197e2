namespace OutcomesLab.Fuzz;

/// <summary>
/// The per-process scratch directory under the system temp dir. Every file a target writes goes
/// here; the <c>args</c> target resets its working directory from <c>workfiles/</c> before each input.
/// </summary>
internal static class FuzzWorkspace
{
    public static string Root { get; } = CreateRoot();

    public static string WorkFiles { get; } = Path.Combine(AppContext.BaseDirectory, "workfiles");

    public static string ResetWorkDirectory()
    {
        var work = Path.Combine(Root, "work");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        Directory.CreateDirectory(work);
        foreach (var file in Directory.EnumerateFiles(WorkFiles))
        {
            File.Copy(file, Path.Combine(work, Path.GetFileName(file)));
        }

        return work;
    }

    private static string CreateRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "outcomeslab-fuzz-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(root);
        return root;
    }
}
