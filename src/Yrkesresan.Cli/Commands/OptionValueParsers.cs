using System.CommandLine.Parsing;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Output;
using Yrkesresan.Cli.RegionFiles;
using Yrkesresan.Cli.Staff;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Cli.Commands;

/// <summary>
/// Reads the values of the options of the commands, with messages that say what a good value
/// looks like. A bad value is a parse error, so it ends in exit code 2.
/// </summary>
internal static class OptionValueParsers
{
    /// <summary>The largest <c>--total</c>: the most kronor an exact amount can hold.</summary>
    public static readonly long MaxTotalKronor = Sek.MaxValue.TotalOre / Sek.OrePerKrona;

    /// <summary>Reads <c>--total</c>: whole kronor, zero or more, digits optionally grouped by spaces ("950 000").</summary>
    /// <param name="result">The option's argument.</param>
    /// <returns>The kronor, or <see langword="null"/> after adding an error.</returns>
    public static long? ParseTotal(ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        WholeNumber number = WholeNumber.Parse(text);
        string? error = number.Kind switch
        {
            WholeNumberKind.Valid when number.Value < 0 => Texts.Format(CommandTexts.OptionTotalNegative, text),
            WholeNumberKind.Valid when number.Value > MaxTotalKronor => Texts.Format(CommandTexts.OptionTotalTooLarge, text, SwedishNumberFormat.FormatInteger(MaxTotalKronor)),
            WholeNumberKind.Valid => null,
            WholeNumberKind.TooLarge => Texts.Format(CommandTexts.OptionTotalTooLarge, text, SwedishNumberFormat.FormatInteger(MaxTotalKronor)),
            _ => Texts.Format(CommandTexts.OptionTotalNotWhole, text),
        };

        if (error is not null)
        {
            result.AddError(error);
            return null;
        }

        return number.Value;
    }

    /// <summary>Reads <c>--year</c>: a calendar year of four digits.</summary>
    /// <param name="result">The option's argument.</param>
    /// <returns>The year, or <see langword="null"/> after adding an error.</returns>
    public static int? ParseYear(ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (text.Length == 4 && text.All(char.IsAsciiDigit))
        {
            return int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        result.AddError(Texts.Format(CommandTexts.OptionYearMalformed, text));
        return null;
    }

    /// <summary>Reads <c>--format</c>: <c>table</c>, <c>csv</c> or <c>json</c>.</summary>
    /// <param name="result">The option's argument.</param>
    /// <returns>The format, or <see langword="null"/> after adding an error.</returns>
    public static OutputFormat? ParseFormat(ArgumentResult result) =>
        FormatParser(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json)(result);

    /// <summary>Reads <c>--format</c> of a command that also writes a workbook: <c>table</c>, <c>csv</c>, <c>json</c> or <c>xlsx</c>.</summary>
    /// <param name="result">The option's argument.</param>
    /// <returns>The format, or <see langword="null"/> after adding an error.</returns>
    public static OutputFormat? ParseFormatOrWorkbook(ArgumentResult result) =>
        FormatParser(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json, OutputFormat.Xlsx)(result);

    /// <summary>A reader of <c>--format</c> that takes some of the formats, in any case, e.g. <c>table</c> or <c>json</c>.</summary>
    /// <param name="formats">The formats the command can print, in the order its message lists them.</param>
    /// <returns>The reader: the format, or <see langword="null"/> after adding an error.</returns>
    public static Func<ArgumentResult, OutputFormat?> FormatParser(params OutputFormat[] formats)
    {
        string[] names = [.. formats.Select(f => f.ToString().ToLowerInvariant())];
        return result =>
        {
            string text = TextOf(result);
            int index = Array.IndexOf(names, text.ToLowerInvariant());
            if (index >= 0)
            {
                return formats[index];
            }

            result.AddError(Texts.Format(CommandTexts.OptionFormatUnknown, Choices.Or(names), text));
            return null;
        };
    }

    /// <summary>Reads <c>--role</c>: the exact code of a <see cref="Role"/>.</summary>
    /// <param name="result">The option's argument.</param>
    /// <returns>The role, or <see langword="null"/> after adding an error.</returns>
    public static Role? ParseRole(ArgumentResult result)
    {
        string text = TextOf(result);
        if (Role.TryFromCode(text, out Role? role))
        {
            return role;
        }

        result.AddError(Texts.Format(CommandTexts.OptionRoleUnknown, Role.AllCodes(), text));
        return null;
    }

    /// <summary>Reads <c>--employer</c>: the exact code of an <see cref="EmployerKind"/>.</summary>
    /// <param name="result">The option's argument.</param>
    /// <returns>The kind of employer, or <see langword="null"/> after adding an error.</returns>
    public static EmployerKind? ParseEmployer(ArgumentResult result)
    {
        string text = TextOf(result);
        if (EmployerKind.TryFromCode(text, out EmployerKind? employer))
        {
            return employer;
        }

        result.AddError(Texts.Format(CommandTexts.OptionEmployerUnknown, EmployerKind.AllCodes(), text));
        return null;
    }

    /// <summary>Reads every <c>--period</c>: <c>YYYY-MM-DD</c> or <c>YYYY-MM-DD..YYYY-MM-DD</c> (<see cref="PeriodText"/>).</summary>
    /// <param name="result">The option's arguments, one per <c>--period</c>.</param>
    /// <returns>The periods, or an empty array after adding an error that names every bad one.</returns>
    public static ProfessionPeriod[] ParsePeriods(ArgumentResult result)
    {
        var periods = new List<ProfessionPeriod>(result.Tokens.Count);
        var problems = new List<string>();
        foreach (Token token in result.Tokens)
        {
            if (PeriodText.TryParse(token.Value, out ProfessionPeriod period, out string? problem))
            {
                periods.Add(period);
            }
            else
            {
                problems.Add($"--period {problem}.");
            }
        }

        if (problems.Count > 0)
        {
            result.AddError(string.Join(" ", problems));
            return [];
        }

        return [.. periods];
    }

    /// <summary>Reads <c>--as-of</c>: a date, <c>YYYY-MM-DD</c>.</summary>
    /// <param name="result">The option's argument.</param>
    /// <returns>The date, or <see langword="null"/> after adding an error.</returns>
    public static LocalDate? ParseDate(ArgumentResult result)
    {
        string text = TextOf(result);
        ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(text);
        if (date.Success)
        {
            return date.Value;
        }

        result.AddError(Texts.Format(CommandTexts.OptionDateMalformed, OptionName(result), text));
        return null;
    }

    private static string TextOf(ArgumentResult result) => result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;

    private static string OptionName(ArgumentResult result) =>
        result.Parent is OptionResult option ? option.Option.Name : CommandTexts.TheDate;
}
