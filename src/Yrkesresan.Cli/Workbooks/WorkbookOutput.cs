using Yrkesresan.Cli.Output;
using Yrkesresan.Cli.Results;

namespace Yrkesresan.Cli.Workbooks;

/// <summary>
/// A command's result as a workbook: bytes, which only a file can take (<c>--output FILE</c>), never standard output.
/// A command checks <see cref="CanWrite"/> before it reads anything, and refuses to run without a file as a usage error.
/// </summary>
internal static class WorkbookOutput
{
    /// <summary>Whether the command's result can be in the format: any but a workbook, or a workbook going to a file.</summary>
    /// <param name="format">The <c>--format</c>.</param>
    /// <param name="output">The command's output.</param>
    /// <returns>Whether it can.</returns>
    public static bool CanWrite(OutputFormat format, TextWriter output) => format != OutputFormat.Xlsx || GoesToFile(output);

    /// <summary>Whether the command's result goes to a file (<c>--output</c>), which can take a workbook.</summary>
    /// <param name="output">The command's output.</param>
    /// <returns>Whether it does.</returns>
    public static bool GoesToFile(TextWriter output) => output is ResultBuffer { GoesToFile: true };

    /// <summary>Gives the workbook to the command's output.</summary>
    /// <param name="output">The command's output, going to a file.</param>
    /// <param name="workbook">The workbook's bytes.</param>
    public static void Write(TextWriter output, byte[] workbook) => ResultBuffer.Of(output).WriteBytes(workbook);
}
