using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Tests.Support;

namespace Yrkesresan.Cli.Tests;

/// <summary>
/// Which language the tool speaks: <c>--lang sv|en</c>, else the user's UI culture, Swedish for any Swedish
/// culture and English for every other; and System.CommandLine's own texts (the headings of <c>--help</c>, its
/// parse errors), which the package has only in English, in both languages.
/// </summary>
public sealed class LanguageTests
{
    private const string SwedishHeading = "Sverige 2023: 13 helgdagar och 3 aftnar på 16 datum; ingen av dem är en arbetsdag\n";
    private const string EnglishHeading = "Sweden 2023: 13 public holidays and 3 eves on 16 dates; none is a working day\n";

    public static TheoryData<string[], string, string, string> ParseErrors() => new()
    {
        { [], "yrkesresan", "Required command was not provided.", "Inget kommando angavs." },
        {
            ["frobnicate"], "yrkesresan",
            "Required command was not provided. Unrecognized command or argument 'frobnicate'.",
            "Inget kommando angavs. Okänt kommando eller argument 'frobnicate'."
        },
        {
            ["settle"], "yrkesresan settle",
            "Option '--ledger' is required. Option '--year' is required.",
            "Alternativet '--ledger' måste anges. Alternativet '--year' måste anges."
        },
        {
            ["settle", "--year", "2023", "--ledger"], "yrkesresan settle",
            "Required argument missing for option: '--ledger'.",
            "Värde saknas för alternativet '--ledger'."
        },
        {
            ["settle", "--ledger", "x.json", "--year", "2023", "--year", "2024"], "yrkesresan settle",
            "Option '--year' expects a single argument but 2 were provided.",
            "Alternativet '--year' tar ett enda värde, men 2 angavs."
        },
        {
            ["@no-such-response-file.rsp"], "yrkesresan",
            "Required command was not provided. Response file not found 'no-such-response-file.rsp'.",
            "Inget kommando angavs. Svarsfilen 'no-such-response-file.rsp' finns inte."
        },
    };

    public static TheoryData<string[], string, string> OptionValueErrors() => new()
    {
        {
            ["allocate", "--format", "xml"],
            "--format must be table, csv, json or xlsx; 'xml' is not one of them.",
            "--format ska vara table, csv, json eller xlsx; 'xml' är inget av dem."
        },
        {
            ["allocate", "--total", "-5"],
            "--total must be zero or more kronor; -5 is negative.",
            "--total ska vara noll kronor eller mer; -5 är negativt."
        },
        {
            ["allocate", "--total", "12.5"],
            "--total must be a whole number of kronor, e.g. 950000; '12.5' is not one.",
            "--total ska vara ett helt antal kronor, t.ex. 950000; '12.5' är inte det."
        },
        {
            ["allocate", "--total", "99999999999999999999"],
            "--total 99999999999999999999 is too large; the most is 92 233 720 368 547 758 kr.",
            "--total 99999999999999999999 är för stort; högst 92 233 720 368 547 758 kr."
        },
        {
            ["holidays", "--year", "24"],
            "--year must be a calendar year of four digits, e.g. 2025; '24' is not one.",
            "--year ska vara ett årtal med fyra siffror, t.ex. 2025; '24' är inte det."
        },
        {
            ["step", "--role", "bogus", "--period", "2020-01-01"],
            "--role must be one of socialsekreterare, arbetsledare, chef, hogre-chef, administrativ, politiker; 'bogus' is not one of them.",
            "--role ska vara en av socialsekreterare, arbetsledare, chef, hogre-chef, administrativ, politiker; 'bogus' är ingen av dem."
        },
        {
            ["step", "--role", "chef", "--employer", "privat", "--period", "2020-01-01"],
            "--employer must be one of kommun, annan; 'privat' is not one of them.",
            "--employer ska vara en av kommun, annan; 'privat' är ingen av dem."
        },
        {
            ["step", "--role", "chef", "--period", "2020-01-01", "--as-of", "15/6"],
            "--as-of must be a date, YYYY-MM-DD, e.g. 2024-06-15; '15/6' is not one.",
            "--as-of ska vara ett datum, ÅÅÅÅ-MM-DD, t.ex. 2024-06-15; '15/6' är inte det."
        },
        {
            ["step", "--role", "chef", "--period", "2020-01-01", "--format", "csv"],
            "--format must be table or json; 'csv' is not one of them.",
            "--format ska vara table eller json; 'csv' är inget av dem."
        },
    };

    // ---- which language ----

    [Theory]
    [Trait("Contract", "Swedish and English")]
    [InlineData("sv-SE")]
    [InlineData("sv-FI")]
    [InlineData("sv")]
    public void The_tool_speaks_Swedish_when_the_UI_culture_is_Swedish_and_lang_is_not_given(string culture)
    {
        CliResult holidays = Tool.RunInCulture(culture, "holidays", "--year", "2023");
        CliResult help = Tool.RunInCulture(culture, "--help");

        Assert.Equal(0, holidays.ExitCode);
        Assert.StartsWith(SwedishHeading, holidays.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("Beskrivning:\n", help.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Contract", "Swedish and English")]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    [InlineData("nb-NO")]
    [InlineData("fi-FI")]
    public void The_tool_speaks_English_in_every_other_UI_culture(string culture)
    {
        CliResult holidays = Tool.RunInCulture(culture, "holidays", "--year", "2023");
        CliResult help = Tool.RunInCulture(culture, "--help");
        CliResult error = Tool.RunInCulture(culture, "settle");

        Assert.StartsWith(EnglishHeading, holidays.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("Description:\n", help.Stdout, StringComparison.Ordinal);
        Assert.Equal("yrkesresan: Option '--ledger' is required. Option '--year' is required.", error.StderrLines[0]);
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void Lang_en_overrides_a_Swedish_UI_culture_and_lang_sv_an_English_one()
    {
        CliResult english = Tool.RunInCulture("sv-SE", "holidays", "--year", "2023", "--lang", "en");
        CliResult swedish = Tool.RunInCulture("en-US", "holidays", "--year", "2023", "--lang", "sv");

        Assert.StartsWith(EnglishHeading, english.Stdout, StringComparison.Ordinal);
        Assert.StartsWith(SwedishHeading, swedish.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Contract", "Swedish and English")]
    [InlineData("--lang", "sv", "holidays", "--year", "2023")]
    [InlineData("holidays", "--lang=sv", "--year", "2023")]
    [InlineData("holidays", "--year", "2023", "--lang:sv")]
    [InlineData("holidays", "--year", "2023", "--lang", "SV")]
    public void Lang_is_read_wherever_it_stands_on_the_command_line(params string[] args)
    {
        CliResult result = Tool.Run(args);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(SwedishHeading, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_language_the_tool_does_not_speak_is_a_usage_error_in_the_current_language()
    {
        CliResult english = Tool.RunInCulture("en-US", "holidays", "--year", "2023", "--lang", "de");
        CliResult swedish = Tool.RunInCulture("sv-SE", "holidays", "--year", "2023", "--lang", "de");

        Assert.Equal(2, english.ExitCode);
        Assert.Equal(string.Empty, english.Stdout);
        Assert.Equal(
            ["yrkesresan: --lang must be sv or en; 'de' is not one of them.", "Run 'yrkesresan holidays --help' for usage."],
            english.StderrLines);
        Assert.Equal(2, swedish.ExitCode);
        Assert.Equal(string.Empty, swedish.Stdout);
        Assert.Equal(
            ["yrkesresan: --lang ska vara sv eller en; 'de' är inget av dem.", "Kör 'yrkesresan holidays --help' för hjälp."],
            swedish.StderrLines);
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_run_leaves_the_caller_s_UI_culture_as_it_was()
    {
        CultureInfo before = CultureInfo.CurrentUICulture;

        Tool.Run("--lang", "sv", "holidays", "--year", "2023");

        Assert.Equal(before, CultureInfo.CurrentUICulture);
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void Machine_formats_are_the_same_in_both_languages()
    {
        foreach (string[] args in new[]
        {
            new[] { "holidays", "--year", "2023", "--format", "csv" },
            ["holidays", "--year", "2023", "--format", "json"],
            ["allocate", "--year", "2023", "--format", "csv"],
            ["allocate", "--year", "2023", "--format", "json"],
            ["settle", "--ledger", Repository.PathOf("docs", "examples", "norrbotten-2023-ledger.json"), "--year", "2023", "--format", "csv"],
            ["invoice", "--ledger", Repository.PathOf("docs", "examples", "norrbotten-2023-ledger.json"), "--occasion", "2023-barnet-1", "--format", "json"],
        })
        {
            CliResult english = Tool.Run(args);
            CliResult swedish = Tool.Run([.. args, "--lang", "sv"]);

            Assert.Equal(0, swedish.ExitCode);
            Assert.Equal(english.Stdout, swedish.Stdout);
        }
    }

    // ---- help ----

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void Help_is_laid_out_as_System_CommandLine_lays_it_out_and_the_root_ends_with_the_exit_codes()
    {
        string[] lines = Tool.Run("--help").Stdout.Split('\n');

        Assert.Equal(
            ["Description:", "  yrkesresan: the rules of Yrkesresan Barn och unga on the command line.", string.Empty, "Usage:", "  yrkesresan [command] [options]", string.Empty, "Options:"],
            lines[..7]);
        Assert.Equal(["Description:", "Usage:", "Options:", "Commands:", "Exit codes:"], lines.Where(l => l.EndsWith(':') && !l.StartsWith(' ')));
        Assert.Contains("  -?, -h, --help   Show help and usage information", lines);
        Assert.Contains("  --version        Show version information", lines);
        Assert.Equal(
            [
                "Exit codes:",
                "  0  The command did what was asked; its result is on standard output.",
                "  1  Bad data: a region file, a ledger, a municipality CSV or a staff file breaks the rules; every problem is on standard error.",
                "  2  Bad command line: an unknown option, a missing or malformed value, a file that cannot be read; one line on standard error.",
                string.Empty,
                string.Empty,
            ],
            lines[^6..]);

        // Two columns: every description of a section starts in the same column.
        string[] options = [.. lines.SkipWhile(l => l != "Options:").Skip(1).TakeWhile(l => l.Length > 0)];
        Assert.Single(options.Select(l => Regex.Match(l, "^  \\S.*?  +(?=\\S)").Length).Distinct());
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void Help_headings_and_the_texts_of_help_and_version_are_Swedish_in_Swedish()
    {
        string root = Tool.Run("--lang", "sv", "--help").Stdout;
        string settle = Tool.Run("--lang", "sv", "settle", "--help").Stdout;
        string[] lines = root.Split('\n');

        Assert.Equal(
            ["Beskrivning:", "  yrkesresan: reglerna för Yrkesresan Barn och unga på kommandoraden.", string.Empty, "Användning:", "  yrkesresan [kommando] [alternativ]", string.Empty, "Alternativ:"],
            lines[..7]);
        Assert.Equal(["Beskrivning:", "Användning:", "Alternativ:", "Kommandon:", "Slutkoder:"], lines.Where(l => l.EndsWith(':') && !l.StartsWith(' ')));
        Assert.Contains("  -?, -h, --help  Visa hjälp och hur kommandot används", lines);
        Assert.Contains("  --version       Visa versionen", lines);
        Assert.Contains("  0  Kommandot gjorde det som begärdes; resultatet står på standardutdata.", lines);
        Assert.Contains("  yrkesresan settle [alternativ]\n", settle, StringComparison.Ordinal);
        Assert.Contains("  --ledger <FIL> (OBLIGATORISKT)  Liggaren över kurstillfällen: en JSON-fil (.json) eller en arbetsbok (.xlsx); se docs/ledger-file.md.\n", settle, StringComparison.Ordinal);
        Assert.Contains("  --year <ÅÅÅÅ> (OBLIGATORISKT)   ", settle, StringComparison.Ordinal);
        foreach (string english in new[] { "Description:", "Usage:", "Options:", "Commands:", "Exit codes:", "[options]", "[command]", "(REQUIRED)", "Show help", "Show version", "<FILE>", "<YYYY>" })
        {
            Assert.DoesNotContain(english, root + settle, StringComparison.Ordinal);
        }
    }

    // ---- parse errors ----

    [Theory]
    [MemberData(nameof(ParseErrors))]
    [Trait("Contract", "Swedish and English")]
    public void A_parse_error_of_System_CommandLine_is_reported_in_English_and_in_Swedish(string[] args, string command, string english, string swedish)
    {
        CliResult inEnglish = Tool.Run(args);
        CliResult inSwedish = Tool.Run(["--lang", "sv", .. args]);

        Assert.Equal(2, inEnglish.ExitCode);
        Assert.Equal(string.Empty, inEnglish.Stdout);
        Assert.Equal([$"yrkesresan: {english}", $"Run '{command} --help' for usage."], inEnglish.StderrLines);
        Assert.Equal(2, inSwedish.ExitCode);
        Assert.Equal(string.Empty, inSwedish.Stdout);
        Assert.Equal([$"yrkesresan: {swedish}", $"Kör '{command} --help' för hjälp."], inSwedish.StderrLines);
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_response_file_that_cannot_be_read_is_reported_in_English_and_in_Swedish()
    {
        string path = Path.Combine(Path.GetTempPath(), "yrkesresan-cli-tests", Guid.NewGuid().ToString("N"), "args.rsp");

        CliResult english = Tool.Run("@" + path);
        CliResult swedish = Tool.Run("--lang", "sv", "@" + path);

        Assert.Equal(2, english.ExitCode);
        Assert.StartsWith($"yrkesresan: Required command was not provided. Error reading response file '{path}': ", english.StderrLines[0], StringComparison.Ordinal);
        Assert.Equal(2, swedish.ExitCode);
        Assert.StartsWith($"yrkesresan: Inget kommando angavs. Svarsfilen '{path}' kan inte läsas: ", swedish.StderrLines[0], StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void The_English_of_each_parse_error_is_System_CommandLine_s_own_text_so_that_English_output_is_unchanged()
    {
        foreach ((string package, string tool) in ParseErrorText.Kinds)
        {
            Assert.Equal(
                ParseErrorText.Package.GetString(package, CultureInfo.InvariantCulture),
                LanguageTexts.ResourceManager.GetString(tool, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_value_System_CommandLine_cannot_convert_is_reported_in_Swedish()
    {
        var number = new Option<int>("--number");
        var command = new Command("test") { number };
        CultureInfo before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("sv-SE");
        try
        {
            ParseResult result = command.Parse(["--number", "x"]);

            Assert.Equal(
                "Värdet 'x' för alternativet '--number' kan inte läsas som typen 'System.Int32'.",
                Assert.Single(result.Errors.Select(ParseErrorText.Of)));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    // ---- option values ----

    [Theory]
    [MemberData(nameof(OptionValueErrors))]
    [Trait("Contract", "Swedish and English")]
    public void A_malformed_option_value_is_reported_in_English_and_in_Swedish(string[] args, string english, string swedish)
    {
        CliResult inEnglish = Tool.Run(args);
        CliResult inSwedish = Tool.Run([.. args, "--lang", "sv"]);

        Assert.Equal(2, inEnglish.ExitCode);
        Assert.Equal($"yrkesresan: {english}", inEnglish.StderrLines[0]);
        Assert.Equal(2, inSwedish.ExitCode);
        Assert.Equal($"yrkesresan: {swedish}", inSwedish.StderrLines[0]);
    }
}
