namespace Yrkesresan.Cli.RegionFiles;

/// <summary>
/// Tells a comma-separated file from a semicolon-separated one (as a Swedish spreadsheet saves
/// "CSV") by its header line.
/// </summary>
internal static class CsvSeparator
{
    /// <summary>
    /// The separator of the file: a semicolon when the first non-empty line has more semicolons
    /// than commas outside quotes, otherwise a comma.
    /// </summary>
    /// <param name="utf8">The file's content, UTF-8 without a byte order mark.</param>
    /// <returns><c>','</c> or <c>';'</c>.</returns>
    public static char Detect(ReadOnlySpan<byte> utf8)
    {
        ReadOnlySpan<byte> rest = utf8;
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOfAny((byte)'\r', (byte)'\n');
            ReadOnlySpan<byte> line = end < 0 ? rest : rest[..end];
            if (!line.IsEmpty)
            {
                return Choose(line);
            }

            rest = rest[(end + 1)..];
        }

        return ',';
    }

    private static char Choose(ReadOnlySpan<byte> line)
    {
        int commas = 0;
        int semicolons = 0;
        bool quoted = false;
        foreach (byte b in line)
        {
            switch (b)
            {
                case (byte)'"':
                    quoted = !quoted;
                    break;
                case (byte)',' when !quoted:
                    commas++;
                    break;
                case (byte)';' when !quoted:
                    semicolons++;
                    break;
            }
        }

        return semicolons > commas ? ';' : ',';
    }
}
