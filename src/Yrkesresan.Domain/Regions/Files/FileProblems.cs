namespace Yrkesresan.Domain.Regions.Files;

/// <summary>
/// The problems found in one data file, each with its file, line and JSON path, in the order found:
/// a reader reports every problem instead of stopping at the first. <see cref="ReadContext"/> adds
/// the readers of values that report here.
/// </summary>
/// <param name="file">The file's name, for problems.</param>
/// <param name="lines">Where each value of the document starts.</param>
internal class FileProblems(string file, JsonLineMap lines)
{
    private readonly List<DataFileProblem> problems = [];

    /// <summary>The file's name, as problems show it.</summary>
    public string File => file;

    /// <summary>The line where the value at a path starts, or where its nearest present parent starts.</summary>
    /// <param name="path">The JSON path.</param>
    /// <returns>The line, or null when not known.</returns>
    public int? LineOf(string path) => lines.LineOf(path);

    /// <summary>The problems found so far, in the order found.</summary>
    public IReadOnlyList<DataFileProblem> Problems => problems;

    /// <summary>How many problems have been found; compare before and after reading a part to know whether that part was clean.</summary>
    public int Count => problems.Count;

    /// <summary>Reports a problem at a path.</summary>
    /// <param name="path">The JSON path.</param>
    /// <param name="text">What is wrong.</param>
    public void Report(string path, LocalizedText text) => problems.Add(new DataFileProblem(file, lines.LineOf(path), path, text.Code, text.Message));

    /// <summary>Reports a problem at a path, on a line the caller knows.</summary>
    /// <param name="line">The line.</param>
    /// <param name="path">The JSON path.</param>
    /// <param name="text">What is wrong.</param>
    public void Report(int line, string path, LocalizedText text) => problems.Add(new DataFileProblem(file, line, path, text.Code, text.Message));

    /// <summary>Whether a problem has been reported at <paramref name="path"/> or inside it.</summary>
    /// <param name="path">A JSON path.</param>
    /// <returns>Whether any problem is at or below the path.</returns>
    public bool HasProblemAtOrBelow(string path) => problems.Exists(p =>
        p.Path.StartsWith(path, StringComparison.Ordinal)
        && (p.Path.Length == path.Length || p.Path[path.Length] is '.' or '['));

    /// <summary>
    /// Reports the problems a domain type found in parts the reader handed it, at the file's JSON
    /// paths, except where the reader has already reported a problem at or below the same path (so a
    /// broken field never causes a second, misleading problem).
    /// </summary>
    /// <param name="domainProblems">The domain type's problems, with paths relative to <paramref name="prefix"/>.</param>
    /// <param name="prefix">The path, without <c>$.</c>, of the value the domain type validated; empty for the whole file.</param>
    /// <param name="toFile">Turns a relative path into the file's (e.g. to put back the indexes of items the reader left out); null keeps it.</param>
    public void ReportDomainProblems(IEnumerable<DataProblem> domainProblems, string prefix, Func<string, string>? toFile = null)
    {
        var found = new List<(string Path, LocalizedText Text)>();
        foreach (DataProblem problem in domainProblems)
        {
            string relative = problem.Under(prefix).Path;
            string path = relative.Length == 0
                ? JsonPath.Root
                : JsonPath.Root + "." + (toFile is null ? relative : toFile(relative));
            if (!HasProblemAtOrBelow(path))
            {
                found.Add((path, new LocalizedText(problem.Code, problem.Message)));
            }
        }

        foreach ((string path, LocalizedText text) in found)
        {
            Report(path, text);
        }
    }
}
