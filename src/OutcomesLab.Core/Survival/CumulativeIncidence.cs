using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.Distributions;

namespace OutcomesLab.Survival;

/// <summary>
/// Aalen–Johansen cumulative incidence functions for competing risks, per group and cause, with
/// cmprsk's delta-method variance and survival's infinitesimal-jackknife standard error, plus Gray's
/// test. Reproduces R's <c>cmprsk::cuminc(ftime, fstatus, group, strata, rho, cencode = 0)</c> and the
/// cause states of <c>survival::survfit(Surv(time, factor(status)) ~ group)</c>.
/// </summary>
/// <remarks>
/// <para>Strata (<see cref="SurvivalSample.Strata"/>) only stratify Gray's test, as cuminc's
/// <c>strata</c> argument does; the curves are per group.</para>
/// <para>Case weights and delayed entry are not supported (cmprsk supports neither) and are rejected
/// with an <see cref="ArgumentException"/>.</para>
/// </remarks>
public static class CumulativeIncidence
{
    /// <summary>Estimates the cumulative incidence of every cause in every group.</summary>
    /// <param name="sample">Competing-risks data from <see cref="SurvivalSample.CreateCompeting"/>: status 0 = censored, k = cause k.</param>
    /// <param name="options">Variance, interval and Gray's-test options; null for the R defaults.</param>
    /// <returns>The curves, the all-cause event-free curves and Gray's tests.</returns>
    /// <exception cref="ArgumentException">The sample has case weights or delayed entry, or an option is invalid.</exception>
    public static CumulativeIncidenceResult Fit(SurvivalSample sample, CumulativeIncidenceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sample);
        options ??= CumulativeIncidenceOptions.Default;
        options.Validate();
        RequireSupported(sample);

        var diagnostics = new List<Diagnostic>(sample.Diagnostics);
        var layout = Layout.Create(sample);
        if (sample.Groups is not null && layout.GroupLabels.Length < sample.Groups.LevelCount)
        {
            var empty = sample.Groups.Levels.Where(l => !layout.GroupLabels.Contains(l)).ToList();
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Info,
                "empty-group",
                string.Create(CultureInfo.InvariantCulture, $"Group level(s) {string.Join(", ", empty)} have no subjects and are dropped, as cuminc does.")));
        }

        var causes = sample.Causes;
        var k = causes.Length;
        var ng = layout.GroupLabels.Length;
        var z = Normal.InvCDF(0, 1, 1 - ((1 - options.ConfidenceLevel) / 2));

        // Work space sized for the largest group, reused for every group.
        var maxN = layout.GroupSizes.Max();
        var times = new double[maxN];
        var causeIdx = new int[maxN];
        var distinct = new double[maxN];
        var nRisk = new int[maxN];
        var nCensor = new int[maxN];
        var events = new int[maxN * Math.Max(k, 1)];
        var nAll = new int[maxN];
        var nCause = new int[maxN];
        var est = new double[maxN];
        var dvar = new double[maxN];
        var surv = new double[maxN];
        var survVar = new double[maxN];
        var ajCif = new double[maxN * Math.Max(k, 1)];
        var ajVar = new double[maxN * Math.Max(k, 1)];
        var q0k = new double[Math.Max(k, 1)];

        var curves = new CumulativeIncidenceCurve[k * ng];
        var eventFree = ImmutableArray.CreateBuilder<EventFreeCurve>(ng);
        for (var g = 0; g < ng; g++)
        {
            var len = 0;
            foreach (var i in layout.Order)
            {
                if (layout.GroupCode[i] != g)
                {
                    continue;
                }

                times[len] = sample.Times[i];
                var st = sample.Status[i];
                causeIdx[len] = st == 0 ? -1 : causes.IndexOf(st);
                len++;
            }

            Array.Clear(events);
            var tCount = CompetingRisksKernels.Tabulate(times.AsSpan(0, len), causeIdx.AsSpan(0, len), k, distinct, nRisk, nCensor, events);
            CompetingRisksKernels.AalenJohansenJackknife(nRisk.AsSpan(0, tCount), events.AsSpan(0, tCount * k), k, surv, survVar, ajCif, ajVar, q0k);
            for (var j = 0; j < tCount; j++)
            {
                var sum = 0;
                for (var c = 0; c < k; c++)
                {
                    sum += events[(j * k) + c];
                }

                nAll[j] = sum;
            }

            var label = layout.GroupLabels[g];
            var efPoints = ImmutableArray.CreateBuilder<EventFreePoint>(tCount);
            for (var j = 0; j < tCount; j++)
            {
                var se = Math.Sqrt(Math.Max(0, survVar[j]));
                var (lo, hi) = ConfidenceLimits(surv[j], se, z, options.ConfidenceTransform);
                efPoints.Add(new EventFreePoint(distinct[j], nRisk[j], nAll[j], nCensor[j], surv[j], se, lo, hi));
            }

            eventFree.Add(new EventFreeCurve(label, efPoints.MoveToImmutable()));

            for (var c = 0; c < k; c++)
            {
                for (var j = 0; j < tCount; j++)
                {
                    nCause[j] = events[(j * k) + c];
                }

                CompetingRisksKernels.CmprskCinc(nRisk.AsSpan(0, tCount), nAll.AsSpan(0, tCount), nCause.AsSpan(0, tCount), est, dvar);
                var points = ImmutableArray.CreateBuilder<CumulativeIncidencePoint>(tCount);
                var steps = new StepsBuilder();
                steps.Add(0, 0, 0);
                var anyEvent = false;
                for (var j = 0; j < tCount; j++)
                {
                    var ijSe = Math.Sqrt(Math.Max(0, ajVar[(j * k) + c]));
                    var se = options.VarianceMethod == CifVarianceMethod.Delta ? Math.Sqrt(Math.Max(0, dvar[j])) : ijSe;
                    var (lo, hi) = ConfidenceLimits(est[j], se, z, options.ConfidenceTransform);
                    points.Add(new CumulativeIncidencePoint(distinct[j], nRisk[j], nCause[j], nAll[j] - nCause[j], nCensor[j], est[j], dvar[j], ijSe, se, lo, hi));
                    if (nCause[j] > 0)
                    {
                        anyEvent = true;
                        var before = j > 0 ? j - 1 : -1;
                        steps.Add(distinct[j], before >= 0 ? est[before] : 0, before >= 0 ? dvar[before] : 0);
                        steps.Add(distinct[j], est[j], dvar[j]);
                    }
                }

                var lastIdx = tCount - 1;
                steps.Add(distinct[lastIdx], est[lastIdx], dvar[lastIdx]);
                if (!anyEvent)
                {
                    diagnostics.Add(new Diagnostic(
                        DiagnosticSeverity.Warning,
                        "no-events-of-cause",
                        string.Create(CultureInfo.InvariantCulture, $"Group \"{label}\" has no events of cause {causes[c]}: its cumulative incidence is 0 throughout.")));
                }

                curves[(c * ng) + g] = new CumulativeIncidenceCurve(
                    label,
                    causes[c],
                    string.Create(CultureInfo.InvariantCulture, $"{label} {causes[c]}"),
                    points.MoveToImmutable(),
                    steps.Build());
            }
        }

        if (k == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "no-events", "Every subject is censored: there are no causes and no cumulative incidence curves."));
        }

        var tests = ImmutableArray.CreateBuilder<GrayTestResult>();
        if (options.GrayTest && ng > 1)
        {
            foreach (var cause in causes)
            {
                tests.Add(GrayTest.Run(sample, layout, cause, options.GrayRho, diagnostics));
            }
        }

        return new CumulativeIncidenceResult(
            layout.GroupLabels,
            causes,
            [.. curves],
            eventFree.MoveToImmutable(),
            tests.ToImmutable(),
            options,
            [.. diagnostics]);
    }

    internal static void RequireSupported(SurvivalSample sample)
    {
        if (sample.HasWeights)
        {
            throw new ArgumentException(
                "The sample has case weights, which the competing-risks estimators do not support (cmprsk's cuminc has no weights, and the delta-method variance is defined for counts). Fit without weights.",
                nameof(sample));
        }

        if (sample.HasEntryTimes)
        {
            throw new ArgumentException(
                "The sample has delayed-entry times, which the competing-risks estimators do not support (cmprsk's cuminc has no left truncation). Fit without entry times.",
                nameof(sample));
        }
    }

    // survival's survfit_confint(p, se, logse = FALSE, conf.type, conf.int) with ulimit = TRUE.
    internal static (double? Lower, double? Upper) ConfidenceLimits(double p, double se, double z, CifConfidenceTransform transform)
    {
        switch (transform)
        {
            case CifConfidenceTransform.Plain:
                return (Math.Max(p - (z * se), 0), Math.Min(p + (z * se), 1));
            case CifConfidenceTransform.LogLog:
                {
                    if (p == 0 || p == 1 || double.IsNaN(p))
                    {
                        return (null, null);
                    }

                    var logSe = se == 0 ? 0 : se / p;
                    var lp = Math.Log(p);
                    var se2 = z * logSe / lp;
                    var core = Math.Log(-lp);
                    return (Math.Exp(-Math.Exp(core - se2)), Math.Exp(-Math.Exp(core + se2)));
                }

            default:
                {
                    if (p == 0 || double.IsNaN(p))
                    {
                        return (null, null);
                    }

                    var logSe = se == 0 ? 0 : se / p;
                    var lp = Math.Log(p);
                    var se2 = z * logSe;
                    return (Math.Exp(lp - se2), Math.Min(Math.Exp(lp + se2), 1));
                }
        }
    }

    /// <summary>The subjects sorted once by time (stable, as R's <c>order()</c>) and the non-empty groups.</summary>
    internal sealed class Layout
    {
        private Layout(int[] order, int[] groupCode, ImmutableArray<string> groupLabels, int[] groupSizes)
        {
            Order = order;
            GroupCode = groupCode;
            GroupLabels = groupLabels;
            GroupSizes = groupSizes;
        }

        public int[] Order { get; }

        public int[] GroupCode { get; }

        public ImmutableArray<string> GroupLabels { get; }

        public int[] GroupSizes { get; }

        public static Layout Create(SurvivalSample sample)
        {
            var n = sample.Count;
            var order = SurvivalSort.StableOrder(sample.Times.AsSpan(), [], 1, out _);

            var groupCode = new int[n];
            if (sample.Groups is null)
            {
                return new Layout(order, groupCode, ["1"], [n]);
            }

            var levels = sample.Groups.LevelCount;
            var counts = new int[levels];
            foreach (var code in sample.Groups.Codes)
            {
                counts[code]++;
            }

            var remap = new int[levels];
            var labels = ImmutableArray.CreateBuilder<string>();
            var sizes = new List<int>();
            for (var l = 0; l < levels; l++)
            {
                if (counts[l] > 0)
                {
                    remap[l] = labels.Count;
                    labels.Add(sample.Groups.Levels[l]);
                    sizes.Add(counts[l]);
                }
                else
                {
                    remap[l] = -1;
                }
            }

            for (var i = 0; i < n; i++)
            {
                groupCode[i] = remap[sample.Groups.Codes[i]];
            }

            return new Layout(order, groupCode, labels.ToImmutable(), [.. sizes]);
        }
    }

    private sealed class StepsBuilder
    {
        private readonly ImmutableArray<double>.Builder time = ImmutableArray.CreateBuilder<double>();
        private readonly ImmutableArray<double>.Builder est = ImmutableArray.CreateBuilder<double>();
        private readonly ImmutableArray<double>.Builder variance = ImmutableArray.CreateBuilder<double>();

        public void Add(double t, double e, double v)
        {
            time.Add(t);
            est.Add(e);
            variance.Add(v);
        }

        public CmprskSteps Build() => new(time.ToImmutable(), est.ToImmutable(), variance.ToImmutable());
    }
}
