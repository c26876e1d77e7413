using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;

namespace Yrkesresan.Domain.Tests.Support;

/// <summary>
/// Checks that problems read from a data file exist in both languages: each has a code that is a key
/// of the library's texts, the same problem in English and in Swedish (same file, line, path and code),
/// and a Swedish message that is not the English one.
/// </summary>
internal static class ProblemLanguage
{
    private static readonly Assembly Library = typeof(DataFileProblem).Assembly;

    /// <summary>The keys of every <c>*Texts</c> resource of the library, as shipped in the assembly.</summary>
    public static IReadOnlySet<string> LibraryKeys { get; } = ReadLibraryKeys();

    /// <summary>Reads the problems in English and in Swedish and checks each as the summary says.</summary>
    /// <param name="what">What is read, for failure messages.</param>
    /// <param name="read">Reads the problems (and notices) in the current UI culture.</param>
    /// <returns>How many problems were checked.</returns>
    public static int AssertInBothLanguages(string what, Func<IReadOnlyList<DataFileProblem>> read)
    {
        IReadOnlyList<DataFileProblem> english = Culture.InEnglish(read);
        IReadOnlyList<DataFileProblem> swedish = Culture.InSwedish(read);
        Assert.True(english.Count == swedish.Count, $"{what}: {english.Count} problems in English, {swedish.Count} in Swedish");
        int checkedProblems = 0;
        for (int i = 0; i < english.Count; i++)
        {
            DataFileProblem en = english[i];
            DataFileProblem sv = swedish[i];
            Assert.True(
                (en.File, en.Line, en.Path, en.Code) == (sv.File, sv.Line, sv.Path, sv.Code),
                $"{what}: '{en}' and '{sv}' are not the same problem");
            Assert.True(en.Code.Length > 0, $"{what}: '{en}' has no code");
            Assert.True(LibraryKeys.Contains(en.Code), $"{what}: the code {en.Code} of '{en}' is not a key of the library's texts");
            Assert.True(!string.Equals(en.Message, sv.Message, StringComparison.Ordinal), $"{what}: '{en}' is the same in Swedish");
            checkedProblems++;
        }

        return checkedProblems;
    }

    private static HashSet<string> ReadLibraryKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in Library.GetManifestResourceNames().Where(n => n.EndsWith("Texts.resources", StringComparison.Ordinal)))
        {
            var resources = new ResourceManager(name[..^".resources".Length], Library);
            ResourceSet set = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
            foreach (DictionaryEntry entry in set)
            {
                keys.Add((string)entry.Key);
            }
        }

        return keys;
    }
}
