using Yrkesresan.Cli.Language;
using Yrkesresan.Domain;

namespace Yrkesresan.Cli.Answers;

/// <summary>The problems of an answers file's readers, with the key of their text (<c>AnswersTexts.resx</c>) as their code.</summary>
internal static class AnswersText
{
    /// <summary>The part of the file a problem of the header row is about.</summary>
    public const string Header = "header";

    /// <summary>The part of the file a problem of a response's row is about.</summary>
    public const string Row = "row";

    /// <summary>The part of the file a problem of its bytes is about.</summary>
    public const string Encoding = "encoding";

    /// <summary>The part of a file a problem of a workbook as a whole is about: it could not be opened, or has no sheets.</summary>
    public const string Workbook = "workbook";

    /// <summary>A problem of the file, its text in the current UI culture.</summary>
    /// <param name="file">The file.</param>
    /// <param name="line">The line or row.</param>
    /// <param name="part">The part: <see cref="Header"/>, <see cref="Row"/> or <see cref="Encoding"/>.</param>
    /// <param name="key">The text's key: <c>nameof</c> an <see cref="AnswersTexts"/> property.</param>
    /// <param name="values">The values of its placeholders; never a cell's text.</param>
    /// <returns>The problem.</returns>
    public static DataFileProblem Problem(string file, long line, string part, string key, params object?[] values) =>
        new(file, checked((int)line), part, key, Message(key, values));

    /// <summary>A problem of a workbook, at a place as a spreadsheet writes it and without a line: <c>Svar!D7</c>, <c>Svar!A3:A4</c>, <c>Svar</c>, or <see cref="Workbook"/>.</summary>
    /// <param name="file">The file.</param>
    /// <param name="place">The place.</param>
    /// <param name="key">The text's key: <c>nameof</c> an <see cref="AnswersTexts"/> property.</param>
    /// <param name="values">The values of its placeholders; never a cell's text.</param>
    /// <returns>The problem, printed <c>svar.xlsx: Svar!D7: …</c>.</returns>
    public static DataFileProblem At(string file, string place, string key, params object?[] values) =>
        new(file, null, place, key, Message(key, values));

    private static string Message(string key, object?[] values) =>
        Texts.Format(AnswersTexts.ResourceManager.GetString(key, AnswersTexts.Culture)!, values);
}
