using Ardalis.GuardClauses;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// How a column of a survey export is found by its question's label (rule <c>GOAL-4</c>), the same for
/// a CSV and an .xlsx file. Moodle's and Totara's feedback export heads a question's column
/// <c>(label) question text</c>; a column may also be headed by the label alone.
/// </summary>
/// <remarks>
/// <para>
/// A header's label is what stands between a leading <c>(</c> and the first <c>)</c> after it, when the
/// header starts with <c>(</c>; otherwise the whole header. White space around the header and around
/// the label is ignored, and labels are compared without regard to case (ordinal, culture-independent).
/// So <c>"(q1a) Jag känner mig stärkt…"</c>, <c>" (q1a)text"</c>, <c>"( Q1A ) …"</c>, <c>"q1a"</c> and
/// <c>" Q1a "</c> are all the question <c>q1a</c>, while <c>"q1a Jag känner…"</c>, <c>"(q1ab) …"</c>,
/// <c>"q 1a"</c> and <c>"(q1a"</c> are not.
/// </para>
/// <para>The matching reads only headers: never a respondent's cell.</para>
/// </remarks>
public static class QuestionHeader
{
    /// <summary>The label a column header gives its question.</summary>
    /// <param name="header">The header as exported.</param>
    /// <returns>The label in parentheses at the start of the header, or the whole header; trimmed. Empty for a blank header.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is null.</exception>
    public static string LabelOf(string header)
    {
        Guard.Against.Null(header);
        ReadOnlySpan<char> text = header.AsSpan().Trim();
        if (text.Length > 0 && text[0] == '(')
        {
            int close = text.IndexOf(')');
            if (close > 0)
            {
                return text[1..close].Trim().ToString();
            }
        }

        return text.ToString();
    }

    /// <summary>Whether a column header is the question with a label.</summary>
    /// <param name="header">The header as exported, e.g. <c>"(q1a) Jag känner mig stärkt i yrkesrollen"</c>.</param>
    /// <param name="label">The question's label in the plan, e.g. <c>q1a</c>.</param>
    /// <returns>Whether the header's label is <paramref name="label"/>, white space around both ignored, case ignored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool Matches(string header, string label)
    {
        Guard.Against.Null(header);
        Guard.Against.Null(label);
        return !string.IsNullOrWhiteSpace(label) && SameLabel(LabelOf(header), label);
    }

    /// <summary>Whether two labels are the same question: white space around them ignored, case ignored.</summary>
    internal static bool SameLabel(string a, string b) =>
        a.AsSpan().Trim().Equals(b.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);
}
