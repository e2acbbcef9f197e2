namespace OutcomesLab.Simulation;

/// <summary>A fictional drug product of the simulated claims-style dispensing file (<see cref="ClaimsProducts"/>).</summary>
/// <param name="Code">An NDC-like code in the 5-4-2 layout; labeler 9000x is fictional, so no code names a real product.</param>
/// <param name="Medication">The medication for opioid use disorder, or null for another drug (not in the medication map).</param>
/// <param name="Strength">Strength per unit in mg.</param>
/// <param name="Description">What the product is, for the map file and the documentation.</param>
public sealed record ClaimsProduct(string Code, TreatmentArm? Medication, double Strength, string Description);
