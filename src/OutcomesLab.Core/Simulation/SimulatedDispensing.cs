namespace OutcomesLab.Simulation;

/// <summary>One simulated dispensing or dosing record (see <see cref="DispensingSimulator"/>).</summary>
/// <param name="Patient">Patient id (1, 2, ...; records come sorted by patient, then day).</param>
/// <param name="Day">Study day of the dose or fill.</param>
/// <param name="Medication">The patient's medication.</param>
/// <param name="DaysSupplied">Days of medication dispensed (1 for an observed daily dose).</param>
/// <param name="Dose">Dose in mg (per day for methadone and buprenorphine; per injection for XR-naltrexone).</param>
public readonly record struct SimulatedDispensing(long Patient, int Day, TreatmentArm Medication, int DaysSupplied, int Dose);
