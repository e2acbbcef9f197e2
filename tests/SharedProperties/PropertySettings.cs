using CsCheck;

namespace OutcomesLab.Testing.Properties;

/// <summary>
/// How every property test runs, in every test project that has them: a fixed number of
/// iterations on one thread, so a CI run costs the same each time. CsCheck prints the failing seed
/// in the exception message; reproduce with <c>CsCheck_Seed=&lt;seed&gt; dotnet test ...</c>.
/// <c>OUTCOMESLAB_PROPERTY_ITER=N</c> runs N iterations instead of the default, for a deeper local run.
/// </summary>
internal static class PropertySettings
{
    public static int Iterations { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("OUTCOMESLAB_PROPERTY_ITER"), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 150;

    public const int Threads = 1;

    /// <summary>An explicit seed from the environment, else null (CsCheck picks one and reports it on failure).</summary>
    public static string? Seed => Environment.GetEnvironmentVariable("CsCheck_Seed");

    public static void Check<T>(Gen<T> gen, Action<T> property, Func<T, string>? print = null)
        => gen.Sample(property, seed: Seed, iter: Iterations, threads: Threads, print: print);
}
