using System.Globalization;

namespace Yrkesresan.Domain.Regions.Files;

/// <summary>
/// Where the items handed to a validating constructor came from in the file. The reader leaves
/// out items it has already reported as unreadable, so the constructor's <c>[3]</c> may be the
/// file's <c>[4]</c>; this puts the file's indexes back into the constructor's paths.
/// </summary>
internal sealed class IndexMap
{
    private readonly Dictionary<string, List<int>> lists = new(StringComparer.Ordinal);

    /// <summary>Records that the next item handed over for the list at <paramref name="listPath"/> is the file's item <paramref name="fileIndex"/>.</summary>
    /// <param name="listPath">The list's path as the constructor sees it (with its own indexes), e.g. <c>memberships[0].members</c>.</param>
    /// <param name="fileIndex">The item's index in the file.</param>
    public void Add(string listPath, int fileIndex)
    {
        if (!lists.TryGetValue(listPath, out List<int>? indexes))
        {
            indexes = [];
            lists.Add(listPath, indexes);
        }

        indexes.Add(fileIndex);
    }

    /// <summary>How many items of the list at <paramref name="listPath"/> have been handed over.</summary>
    /// <param name="listPath">The list's path as the constructor sees it.</param>
    /// <returns>The count so far: the constructor's index of the next item.</returns>
    public int CountOf(string listPath) => lists.TryGetValue(listPath, out List<int>? indexes) ? indexes.Count : 0;

    /// <summary>Rewrites a constructor's path with the file's indexes.</summary>
    /// <param name="path">A path such as <c>memberships[0].members[2]</c>.</param>
    /// <returns>The same path with every index the file's.</returns>
    public string ToFile(string path)
    {
        var result = new System.Text.StringBuilder(path.Length);
        int i = 0;
        while (i < path.Length)
        {
            int open = path.IndexOf('[', i);
            if (open < 0 || open + 1 >= path.Length || !char.IsAsciiDigit(path[open + 1]))
            {
                result.Append(path, i, path.Length - i);
                break;
            }

            int close = path.IndexOf(']', open);
            string listPath = path[..open];
            result.Append(path, i, open - i);
            int index = int.Parse(path.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture);
            int fileIndex = lists.TryGetValue(listPath, out List<int>? indexes) && index < indexes.Count ? indexes[index] : index;
            result.Append('[').Append(fileIndex.ToString(CultureInfo.InvariantCulture)).Append(']');
            i = close + 1;
        }

        return result.ToString();
    }
}
