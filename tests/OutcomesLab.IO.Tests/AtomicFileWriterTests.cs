using Xunit;

namespace OutcomesLab.IO.Tests;

public sealed class AtomicFileWriterTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string[] Leftovers() => Directory.GetFiles(_files.Folder, "*.tmp");

    [Fact]
    public void Writes_new_file_without_leaving_temp_files()
    {
        var path = _files.PathOf("out.csv");
        AtomicFileWriter.WriteAllText(path, "a,b\n1,2\n");
        Assert.Equal("a,b\n1,2\n", File.ReadAllText(path));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Refuses_to_overwrite_without_force()
    {
        var path = _files.Write("out.csv", "old");
        var ex = Assert.Throws<InputException>(() => AtomicFileWriter.WriteAllText(path, "new"));
        Assert.Contains("--force", ex.Message);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Overwrites_with_force()
    {
        var path = _files.Write("out.csv", "old");
        AtomicFileWriter.WriteAllText(path, "new", force: true);
        Assert.Equal("new", File.ReadAllText(path));
    }

    [Fact]
    public void Refuses_to_write_over_an_input_file_even_with_force()
    {
        var input = _files.Write("in.csv", "data");
        var sameFileOtherSpelling = Path.Combine(_files.Folder, ".", "in.csv");
        var ex = Assert.Throws<InputException>(() => AtomicFileWriter.WriteAllText(sameFileOtherSpelling, "x", force: true, inputPaths: [input]));
        Assert.Contains("input file", ex.Message);
        Assert.Equal("data", File.ReadAllText(input));
    }

    [Fact]
    public void Deletes_temp_file_and_keeps_original_when_writing_fails()
    {
        var path = _files.Write("out.csv", "old");
        Assert.Throws<InvalidOperationException>(() => AtomicFileWriter.Write(path, s =>
        {
            s.WriteByte(1);
            throw new InvalidOperationException("boom");
        }, force: true));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Missing_output_folder_is_an_input_error()
    {
        var ex = Assert.Throws<InputException>(() => AtomicFileWriter.WriteAllText(Path.Combine(_files.Folder, "no", "x.csv"), "x"));
        Assert.Contains("does not exist", ex.Message);
    }
}
