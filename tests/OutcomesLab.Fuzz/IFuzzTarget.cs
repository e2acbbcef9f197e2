namespace OutcomesLab.Fuzz;

/// <summary>One fuzz target: runs the code under test on one input and throws on a crash.</summary>
internal interface IFuzzTarget
{
    void Run(byte[] input);
}
