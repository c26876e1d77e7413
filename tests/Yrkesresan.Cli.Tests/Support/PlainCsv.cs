using System.Text;

namespace Yrkesresan.Cli.Tests.Support;

/// <summary>
/// A plain RFC 4180 reader for the tests, written here so that the tests read a CSV file without the tool or the
/// library: fields separated by one character, a field in double quotes may hold the separator, doubled quotes and
/// line breaks; records end at LF (a CR before it is dropped).
/// </summary>
internal static class PlainCsv
{
    /// <summary>The records of a text, each a list of fields; a final empty line gives no record.</summary>
    public static List<string[]> Parse(string text, char separator = ',')
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }
}
