using System.Globalization;

namespace Yrkesresan.Domain.Regions.Files;

/// <summary>Builds JSON paths in the form region files are reported in: <c>$</c>, <c>.name</c>, <c>[index]</c>.</summary>
internal static class JsonPath
{
    /// <summary>The path of the document itself.</summary>
    public const string Root = "$";

    /// <summary>The path of a property of the object at <paramref name="path"/>.</summary>
    /// <param name="path">The object's path.</param>
    /// <param name="name">The property's name.</param>
    /// <returns><c>path.name</c>, or <c>path['name']</c> when the name is not a plain identifier.</returns>
    public static string Property(string path, string name) =>
        IsPlain(name) ? path + "." + name : path + "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";

    /// <summary>The path of an item of the array at <paramref name="path"/>.</summary>
    /// <param name="path">The array's path.</param>
    /// <param name="index">The item's index, from 0.</param>
    /// <returns><c>path[index]</c>.</returns>
    public static string Item(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The path of the value holding the one at <paramref name="path"/>, or null for the root.</summary>
    /// <param name="path">A path.</param>
    /// <returns>The parent's path.</returns>
    public static string? Parent(string path)
    {
        if (path.Length <= Root.Length)
        {
            return null;
        }

        int cut = path.Length - 1;
        if (path[cut] is ']')
        {
            // "[12]" or "['name']": cut at the opening bracket (names cannot contain an unescaped "['").
            cut = path[cut - 1] == '\'' ? path.LastIndexOf("['", StringComparison.Ordinal) : path.LastIndexOf('[');
        }
        else
        {
            cut = path.LastIndexOf('.');
        }

        return path[..cut];
    }

    private static bool IsPlain(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
