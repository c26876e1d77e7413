using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Yrkesresan.Domain;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Specification.Support;

/// <summary>
/// Reads the values of the feature files as a Swede writes them: dates <c>2023-02-07</c>, amounts
/// <c>950 000</c> or <c>1 550 kr</c> or <c>12,50 kr</c>, percentages <c>80 %</c>, <c>ja</c>/<c>nej</c>,
/// lists <c>Luleå, Boden och Piteå</c>, and <c>–</c> for nothing.
/// </summary>
internal static class Swedish
{
    private static readonly char[] Spaces = [' ', '\u00A0', '\u202F'];

    /// <summary>Whether a cell says "nothing": empty, a dash, or one of the Swedish words for none.</summary>
    public static bool IsNothing(string? text) =>
        string.IsNullOrWhiteSpace(text) || text.Trim() is "–" or "-" or "inget" or "ingen" or "inga";

    /// <summary>A date in ISO form, <c>2023-02-07</c>.</summary>
    public static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text.Trim()).GetValueOrThrow();

    /// <summary>A date, or <see langword="null"/> for nothing.</summary>
    public static LocalDate? DateOrNothing(string text) => IsNothing(text) ? null : Date(text);

    /// <summary>A date as a Swede writes it.</summary>
    public static string Write(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A whole number with spaces between the thousands: <c>100 000</c>, <c>-3</c>, <c>−3</c>.</summary>
    public static long Integer(string text)
    {
        string digits = Strip(text).Replace('−', '-');
        return long.Parse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    /// <summary>An amount: <c>950 000</c>, <c>1 550 kr</c>, <c>12,50 kr</c>, <c>0 kr</c>.</summary>
    public static Sek Amount(string text)
    {
        string value = text.Trim();
        if (value.EndsWith("kr", StringComparison.Ordinal))
        {
            value = value[..^2];
        }

        value = Strip(value).Replace('−', '-');
        bool negative = value.StartsWith('-');
        string[] parts = value.TrimStart('-').Split(',');
        long kronor = long.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture);
        long ore = parts.Length == 2 ? long.Parse(parts[1].PadRight(2, '0'), NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        long total = (kronor * Sek.OrePerKrona) + ore;
        return Sek.FromOre(negative ? -total : total);
    }

    /// <summary>Whole kronor: <c>1 550 kr</c> is 1550.</summary>
    public static long Kronor(string text) => Amount(text).WholeKronor;

    /// <summary>A percentage: <c>80 %</c> is 80.</summary>
    public static int Percent(string text) => (int)Integer(text.Replace("%", string.Empty, StringComparison.Ordinal));

    /// <summary><c>ja</c> or <c>nej</c>.</summary>
    public static bool YesNo(string text) => text.Trim().ToLowerInvariant() switch
    {
        "ja" => true,
        "nej" => false,
        _ => throw new FormatException($"'{text}' is neither ja nor nej"),
    };

    /// <summary>
    /// A list as Swedes write it: <c>Luleå, Boden och Piteå</c>; nothing is the empty list. Items are
    /// separated by a comma and a space (a decimal comma has none), and the last two by the first <c>och</c> after the last comma, so the last
    /// item may hold an <c>och</c> of its own (<c>Ny och Arbetsledare och chef</c>); an earlier item that
    /// holds one is followed by a comma.
    /// </summary>
    public static IReadOnlyList<string> List(string text)
    {
        if (IsNothing(text))
        {
            return [];
        }

        var items = new List<string>(text.Split(", ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        string last = items[^1];
        int and = last.IndexOf(" och ", StringComparison.Ordinal);
        if (and > 0)
        {
            items[^1] = last[..and].Trim();
            items.Add(last[(and + " och ".Length)..].Trim());
        }

        return items;
    }

    /// <summary>
    /// A list whose items may carry a parenthesis: <c>Luleå, Piteå (2023-10-10) och en extern utbildare
    /// (2023-10-10 och 2023-10-11)</c> gives each item with the text inside its parenthesis, if any.
    /// </summary>
    public static IReadOnlyList<(string Item, string? Inside)> ListWithParentheses(string text)
    {
        var items = new List<(string, string?)>();
        if (IsNothing(text))
        {
            return items;
        }

        // Separators inside a parenthesis belong to the item: hide them while splitting.
        var hidden = new System.Text.StringBuilder();
        int depth = 0;
        foreach (char c in text)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            hidden.Append(depth > 0 && c == ',' ? '\u0001' : depth > 0 && c == ' ' ? '\u0002' : c);
        }

        foreach (string raw in List(hidden.ToString()))
        {
            string item = raw.Replace('\u0001', ',').Replace('\u0002', ' ');
            int open = item.IndexOf('(', StringComparison.Ordinal);
            items.Add(open < 0 ? (item.Trim(), null) : (item[..open].Trim(), item[(open + 1)..item.LastIndexOf(')')].Trim()));
        }

        return items;
    }

    /// <summary>A list written back the Swedish way: <c>a, b och c</c>.</summary>
    public static string WriteList(IEnumerable<string> items)
    {
        string[] all = [.. items];
        return all.Length switch
        {
            0 => "–",
            1 => all[0],
            _ => string.Join(", ", all[..^1]) + " och " + all[^1],
        };
    }

    /// <summary>The value of a coded set named by its Swedish name or its code, in any case.</summary>
    public static T Named<T>(string text)
        where T : CodedValue<T>
    {
        string wanted = text.Trim();
        return CodedValue<T>.List.FirstOrDefault(v =>
                string.Equals(v.DisplayName, wanted, StringComparison.OrdinalIgnoreCase)
                || string.Equals(v.Code, wanted, StringComparison.OrdinalIgnoreCase))
            ?? throw new FormatException($"'{text}' is none of {string.Join(", ", CodedValue<T>.List.Select(v => v.DisplayName))}");
    }

    /// <summary>Whether two texts say the same, whatever their case.</summary>
    public static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Strip(string text)
    {
        string result = text.Trim();
        foreach (char space in Spaces)
        {
            result = result.Replace(space.ToString(), string.Empty, StringComparison.Ordinal);
        }

        return result;
    }
}
