using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// One column of a survey export (rule <c>GOAL-4</c>): where it is in the file and its header. A
/// question's column is found by its label (<see cref="QuestionHeader"/>).
/// </summary>
/// <remarks>This type is immutable and safe to share between threads.</remarks>
public sealed class AnswerColumn
{
    /// <summary>Creates a column.</summary>
    /// <param name="number">The column's number in the file, from 1 (A = 1 in a spreadsheet).</param>
    /// <param name="header">Its header as exported, e.g. <c>"(q1a) Jag känner mig stärkt i yrkesrollen"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    public AnswerColumn(int number, string header)
    {
        Number = Guard.Against.OutOfRange(number, nameof(number), 1, int.MaxValue, "A column's number counts from 1.");
        Header = Guard.Against.Null(header);
        Label = QuestionHeader.LabelOf(header);
    }

    /// <summary>The column's number in the file, from 1.</summary>
    public int Number { get; }

    /// <summary>The header as exported.</summary>
    public string Header { get; }

    /// <summary>The label of its question, as <see cref="QuestionHeader.LabelOf"/> reads the header.</summary>
    public string Label { get; }

    /// <summary>The column's letters in a spreadsheet, e.g. <c>D</c> for 4 and <c>AA</c> for 27.</summary>
    public string Letters
    {
        get
        {
            Span<char> letters = stackalloc char[8];
            int at = letters.Length;
            for (int n = Number; n > 0; n = (n - 1) / 26)
            {
                letters[--at] = (char)('A' + ((n - 1) % 26));
            }

            return new string(letters[at..]);
        }
    }

    /// <summary>The number and the header, e.g. <c>"4: (q1a) Jag känner mig stärkt i yrkesrollen"</c>.</summary>
    /// <returns>The column as text.</returns>
    public override string ToString() => $"{Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {Header}";
}
