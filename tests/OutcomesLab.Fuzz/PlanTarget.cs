using OutcomesLab.IO;

namespace OutcomesLab.Fuzz;

/// <summary>
/// Fuzz target <c>plan</c>: the bytes are an analysis plan for <c>outcomeslab report</c>, parsed and
/// validated by <c>AnalysisPlanReader.Parse</c> as if the file were <c>plan.json</c> in a temp
/// working directory holding copies of small data files (<c>workfiles/</c>), so dataset references
/// resolve. <see cref="PlanException"/>, <see cref="UsageException"/> and <see cref="InputException"/>
/// are expected failures; any other exception escapes and is a crash.
/// </summary>
internal sealed class PlanTarget : IFuzzTarget
{
    private string? _work;

    public void Run(byte[] input)
    {
        _work ??= FuzzWorkspace.ResetWorkDirectory();
        try
        {
            _ = AnalysisPlanReader.Parse("plan.json", Path.Combine(_work, "plan.json"), input);
        }
        catch (Exception ex) when (ex is PlanException or UsageException or InputException)
        {
        }
    }
}
