using System.Text;
using Xunit;

namespace OutcomesLab.IO.Tests;

public sealed class FileHashTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Sha256_of_addicts_matches_the_data_readme()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "addicts.csv");
        Assert.Equal("73757aac07af6a25207d7675a976293c5ebd17a6f466f898dc9b4866f1e70977", FileHash.Sha256(path));
    }

    [Fact]
    public void Sha256_of_abc_is_the_FIPS_180_test_vector()
    {
        var path = _files.WriteBytes("abc.txt", Encoding.ASCII.GetBytes("abc"));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", FileHash.Sha256(path));
    }

    [Fact]
    public void Missing_file_is_an_input_error()
    {
        Assert.Throws<InputException>(() => FileHash.Sha256(_files.PathOf("none.csv")));
    }
}
