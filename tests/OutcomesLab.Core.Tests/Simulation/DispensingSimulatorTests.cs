using OutcomesLab.Simulation;
using Xunit;

namespace OutcomesLab.Core.Tests.Simulation;

/// <summary>Properties of the documented dispensing model (oracle: the model's own stated rules, not its output).</summary>
public sealed class DispensingSimulatorTests
{
    [Fact]
    public void SameSeedSameRecordsAndSortedByPatientThenDay()
    {
        var a = Records(new DispensingSimulationOptions(300, 7));
        var b = Records(new DispensingSimulationOptions(300, 7));
        Assert.Equal(a, b);
        for (var i = 1; i < a.Count; i++)
        {
            Assert.True(a[i].Patient > a[i - 1].Patient || (a[i].Patient == a[i - 1].Patient && a[i].Day > a[i - 1].Day), $"record {i} out of order");
        }

        Assert.Equal(300, a[^1].Patient);
        Assert.NotEqual(a, Records(new DispensingSimulationOptions(300, 8)));
    }

    [Fact]
    public void SupplyFollowsTheMedicationRules()
    {
        var records = Records(new DispensingSimulationOptions(2000, 1, FollowUpDays: 200));
        Assert.All(records, r => Assert.InRange(r.Day, 0, 199));
        Assert.All(records.Where(r => r.Medication == TreatmentArm.Methadone), r => Assert.Equal(1, r.DaysSupplied));
        Assert.All(records.Where(r => r.Medication == TreatmentArm.XrNaltrexone), r => Assert.Equal(28, r.DaysSupplied));
        Assert.All(records.Where(r => r.Medication == TreatmentArm.Buprenorphine), r => Assert.InRange(r.DaysSupplied, 1, 28));
        Assert.Contains(records, r => r.Medication == TreatmentArm.Buprenorphine && r.DaysSupplied == 28);
        Assert.All(records.GroupBy(r => r.Patient), g => Assert.InRange(g.First().Day, 0, 29));
    }

    [Fact]
    public void TargetRowsStopsAfterThePatientThatReachesIt()
    {
        var records = Records(new DispensingSimulationOptions(0, 3, TargetRows: 10_000));
        Assert.True(records.Count >= 10_000);
        var lastPatient = records[^1].Patient;
        Assert.True(records.Count(r => r.Patient != lastPatient) < 10_000);
    }

    private static List<SimulatedDispensing> Records(DispensingSimulationOptions options)
    {
        var list = new List<SimulatedDispensing>();
        DispensingSimulator.Generate(options, list.Add);
        return list;
    }
}
