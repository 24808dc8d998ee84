using System.CommandLine;
using System.IO;

namespace Cor.Cli.Tests;

/// <summary>Runs the cor root command in process and captures what it writes to standard output and error.</summary>
internal static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var exitCode = Program.Run(args, configuration);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>Exit code and captured text of one in-process run of cor.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n');
}
