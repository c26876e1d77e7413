using System.Text;

namespace Yrkesresan.Domain.FollowUp;

/// <summary>
/// How an answer in a cell is compared with an option of the plan (rule <c>GOAL-4</c>): white space
/// around it is ignored, letters are compared without regard to case, and the text is taken in
/// Unicode normal form C, so "Vet ej", " vet ej " and a decomposed "Missnöjd" are the options they
/// look like. A cell that is empty or only white space holds no answer.
/// </summary>
internal static class AnswerText
{
    /// <summary>The comparer of normalized texts.</summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>Whether a cell holds no answer: null, empty or only white space.</summary>
    /// <param name="cell">The cell's text.</param>
    /// <returns>Whether it is blank.</returns>
    public static bool IsBlank(string? cell) => string.IsNullOrWhiteSpace(cell);

    /// <summary>The text as compared: trimmed, in normal form C.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalized text.</returns>
    public static string Normalize(string text)
    {
        string trimmed = text.Trim();
        return trimmed.IsNormalized(NormalizationForm.FormC) ? trimmed : trimmed.Normalize(NormalizationForm.FormC);
    }
}
