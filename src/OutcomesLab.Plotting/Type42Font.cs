using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace OutcomesLab.Plotting;

/// <summary>
/// Writes a TrueType font as a PostScript Type 42 font resource (Adobe Technical Note #5012, "The Type 42
/// Font Format Specification"): the glyph programs stay TrueType and travel in the <c>/sfnts</c> array of the
/// font dictionary. The font is subset first: only the tables a Type 42 rasteriser reads (head, hhea, hmtx,
/// maxp, loca, glyf, cvt, fpgm, prep) are kept, and <c>glyf</c> keeps the outlines of the used glyphs (and
/// the components of composite glyphs) while every other glyph is left empty, so glyph indices are unchanged.
/// Glyphs are addressed by the names <c>/gN</c> (N = glyph index) in <c>/CharStrings</c> and drawn with
/// <c>glyphshow</c>, so no encoding vector is needed.
/// </summary>
internal static class Type42Font
{
    // TN #5012: each string of /sfnts is at most 65535 bytes and breaks at a table or glyph boundary.
    private const int MaxString = 65534;

    private static readonly int[] BBoxOffsets = [36, 38, 40, 42];

    private static readonly string[] KeptTables = ["cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"];

    /// <summary>The glyph name of glyph index <paramref name="glyph"/> in the written font.</summary>
    public static string GlyphName(ushort glyph) => glyph == 0 ? ".notdef" : "g" + glyph.ToString(CultureInfo.InvariantCulture);

    /// <summary>Appends the font resource (DSC-delimited) defining <paramref name="fontName"/> to <paramref name="ps"/>.</summary>
    /// <param name="ps">The PostScript being written.</param>
    /// <param name="fontName">The PostScript font name to define.</param>
    /// <param name="ttf">The TrueType file.</param>
    /// <param name="glyphs">Glyph indices used by the document.</param>
    public static void Write(StringBuilder ps, string fontName, byte[] ttf, IReadOnlyCollection<ushort> glyphs)
    {
        var tables = ReadTables(ttf);
        var head = tables["head"];
        var unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head.AsSpan(18));
        var bbox = BBoxOffsets.Select(o => BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(o)) / (double)unitsPerEm).ToArray();
        var used = Closure(tables, glyphs);
        var (glyf, loca, glyphStarts) = SubsetGlyf(tables, used);
        var headCopy = (byte[])head.Clone();
        BinaryPrimitives.WriteInt16BigEndian(headCopy.AsSpan(50), 1); // indexToLocFormat: long offsets
        BinaryPrimitives.WriteUInt32BigEndian(headCopy.AsSpan(8), 0); // checkSumAdjustment (not read by rasterisers)
        var kept = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var tag in KeptTables)
        {
            if (tables.TryGetValue(tag, out var data))
            {
                kept[tag] = tag switch { "glyf" => glyf, "loca" => loca, "head" => headCopy, _ => data };
            }
        }

        var strings = Sfnt(kept, glyphStarts);
        ps.Append("%%BeginResource: font ").Append(fontName).Append('\n');
        ps.Append("12 dict begin\n");
        ps.Append('/').Append("FontName /").Append(fontName).Append(" def\n");
        ps.Append("/FontType 42 def\n/PaintType 0 def\n/FontMatrix [1 0 0 1 0 0] def\n");
        ps.Append(CultureInfo.InvariantCulture, $"/FontBBox [{Num(bbox[0])} {Num(bbox[1])} {Num(bbox[2])} {Num(bbox[3])}] def\n");
        ps.Append("/Encoding 256 array def 0 1 255 { Encoding exch /.notdef put } for\n");
        ps.Append(CultureInfo.InvariantCulture, $"/CharStrings {used.Count + 1} dict dup begin\n/.notdef 0 def\n");
        foreach (var g in used.Where(g => g != 0))
        {
            ps.Append('/').Append(GlyphName(g)).Append(' ').Append(g.ToString(CultureInfo.InvariantCulture)).Append(" def\n");
        }

        ps.Append("end def\n/sfnts [\n");
        foreach (var s in strings)
        {
            ps.Append('<');
            for (var i = 0; i < s.Length; i++)
            {
                if (i > 0 && i % 36 == 0)
                {
                    ps.Append('\n');
                }

                ps.Append(s[i].ToString("X2", CultureInfo.InvariantCulture));
            }

            // TN #5012: one padding byte after each string, which the interpreter ignores.
            ps.Append("00>\n");
        }

        ps.Append("] def\nFontName currentdict end definefont pop\n%%EndResource\n");
    }

    private static string Num(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);

    private static Dictionary<string, byte[]> ReadTables(byte[] ttf)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(ttf.AsSpan(4));
        var tables = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = ttf.AsSpan(12 + (16 * i), 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            tables[tag] = ttf.AsSpan(offset, length).ToArray();
        }

        return tables;
    }

    private static int[] GlyphOffsets(Dictionary<string, byte[]> tables)
    {
        var longFormat = BinaryPrimitives.ReadInt16BigEndian(tables["head"].AsSpan(50)) == 1;
        var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(tables["maxp"].AsSpan(4));
        var loca = tables["loca"];
        var offsets = new int[numGlyphs + 1];
        for (var i = 0; i <= numGlyphs; i++)
        {
            offsets[i] = longFormat
                ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(4 * i))
                : 2 * BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(2 * i));
        }

        return offsets;
    }

    // The used glyphs, .notdef and every component of a used composite glyph (TrueType glyf: flags
    // ARG_1_AND_2_ARE_WORDS 0x1, WE_HAVE_A_SCALE 0x8, MORE_COMPONENTS 0x20, X_AND_Y_SCALE 0x40, TWO_BY_TWO 0x80).
    private static SortedSet<ushort> Closure(Dictionary<string, byte[]> tables, IReadOnlyCollection<ushort> glyphs)
    {
        var offsets = GlyphOffsets(tables);
        var glyf = tables["glyf"];
        var used = new SortedSet<ushort> { 0 };
        var pending = new Stack<ushort>(glyphs.Where(g => g < offsets.Length - 1));
        while (pending.Count > 0)
        {
            var g = pending.Pop();
            if (!used.Add(g) && g != 0)
            {
                continue;
            }

            var start = offsets[g];
            if (offsets[g + 1] - start < 10 || BinaryPrimitives.ReadInt16BigEndian(glyf.AsSpan(start)) >= 0)
            {
                continue;
            }

            var p = start + 10;
            ushort flags;
            do
            {
                flags = BinaryPrimitives.ReadUInt16BigEndian(glyf.AsSpan(p));
                var component = BinaryPrimitives.ReadUInt16BigEndian(glyf.AsSpan(p + 2));
                if (!used.Contains(component))
                {
                    pending.Push(component);
                }

                p += 4 + ((flags & 0x1) != 0 ? 4 : 2);
                p += (flags & 0x8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0;
            }
            while ((flags & 0x20) != 0);
        }

        return used;
    }

    private static (byte[] Glyf, byte[] Loca, List<int> GlyphStarts) SubsetGlyf(Dictionary<string, byte[]> tables, SortedSet<ushort> used)
    {
        var offsets = GlyphOffsets(tables);
        var source = tables["glyf"];
        var numGlyphs = offsets.Length - 1;
        using var glyf = new MemoryStream();
        var loca = new byte[4 * (numGlyphs + 1)];
        var starts = new List<int>();
        for (var g = 0; g < numGlyphs; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * g), (uint)glyf.Length);
            if (used.Contains((ushort)g) && offsets[g + 1] > offsets[g])
            {
                starts.Add((int)glyf.Length);
                glyf.Write(source.AsSpan(offsets[g], offsets[g + 1] - offsets[g]));
                while (glyf.Length % 4 != 0)
                {
                    glyf.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * numGlyphs), (uint)glyf.Length);
        return (glyf.ToArray(), loca, starts);
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var k = 0; k < 4; k++)
            {
                word = (word << 8) | (i + k < data.Length ? data[i + k] : 0u);
            }

            sum += word;
        }

        return sum;
    }

    // The subset sfnt cut into strings: the table directory, then each table (4-byte aligned), glyf cut at glyph starts.
    private static List<byte[]> Sfnt(SortedDictionary<string, byte[]> tables, List<int> glyphStarts)
    {
        var n = tables.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(n));
        var searchRange = (1 << entrySelector) * 16;
        var directory = new byte[12 + (16 * n)];
        BinaryPrimitives.WriteUInt32BigEndian(directory, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(directory.AsSpan(4), (ushort)n);
        BinaryPrimitives.WriteUInt16BigEndian(directory.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(directory.AsSpan(8), (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(directory.AsSpan(10), (ushort)((n * 16) - searchRange));
        var offset = directory.Length;
        var i = 0;
        var strings = new List<byte[]> { directory };
        foreach (var (tag, data) in tables)
        {
            var record = directory.AsSpan(12 + (16 * i++), 16);
            Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            var padded = new byte[(data.Length + 3) & ~3];
            data.CopyTo(padded, 0);
            offset += padded.Length;
            if (padded.Length <= MaxString)
            {
                strings.Add(padded);
                continue;
            }

            if (tag != "glyf")
            {
                throw new InvalidOperationException($"The font table {tag} is {padded.Length} bytes, longer than one PostScript string.");
            }

            var from = 0;
            var last = 0;
            foreach (var start in glyphStarts.Append(padded.Length))
            {
                if (start - from > MaxString)
                {
                    strings.Add(padded[from..last]);
                    from = last;
                }

                last = start;
            }

            strings.Add(padded[from..]);
        }

        return strings;
    }
}
