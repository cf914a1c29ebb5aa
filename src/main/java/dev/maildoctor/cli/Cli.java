package dev.maildoctor.cli;

import dev.maildoctor.core.Version;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless entry point: {@code maildoctor <subcommand> ...}. */
@Command(name = "maildoctor", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        description = "Finds out why Gmail, Microsoft or Yahoo refuse your mail, and what to do about it.")
public final class Cli {
    private Cli() {
    }

    /** Runs the command line and returns the exit code (0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN). */
    public static int run(String... args) {
        return commandLine(new CliServices()).execute(args);
    }

    /** As {@link #run(String...)}, printing results to {@code out} and errors and usage to {@code err}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(new CliServices());
        cl.setOut(out);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(CliServices services) {
        CommandLine cl = new CommandLine(new Cli());
        cl.addSubcommand("dnsbl", new DnsblCommand(services));
        cl.addSubcommand("bounce", new BounceCommand(services));
        cl.addSubcommand("maillog", new MaillogCommand(services));
        java.util.List<CommandLine> all = new java.util.ArrayList<>(cl.getSubcommands().values());
        all.add(cl);
        for (CommandLine c : all) {
            c.getCommandSpec().exitCodeOnInvalidInput(ExitCode.UNKNOWN);
            c.getCommandSpec().exitCodeOnExecutionException(ExitCode.UNKNOWN);
        }
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("maildoctor: " + e.getMessage());
            return ExitCode.UNKNOWN;
        });
        return cl;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"MailDoctor " + Version.get()};
        }
    }
}
