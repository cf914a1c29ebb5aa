package dev.maildoctor.cli;

import dev.maildoctor.core.Version;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
        return commandLine(new CliServices(), args).execute(args);
    }

    /** As {@link #run(String...)}, printing results to {@code out} and errors and usage to {@code err}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(new CliServices(), args);
        cl.setOut(out);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The command line for these arguments. When they name a subcommand only that one is built:
     * picocli reads every command's annotations up front, which costs start-up time.
     */
    static CommandLine commandLine(CliServices services, String... args) {
        Map<String, Function<CliServices, Object>> subcommands = new LinkedHashMap<>();
        subcommands.put("dnsbl", DnsblCommand::new);
        subcommands.put("bounce", BounceCommand::new);
        subcommands.put("maillog", MaillogCommand::new);
        subcommands.put("mx", MxCommand::new);
        subcommands.put("relay-config", RelayConfigCommand::new);
        subcommands.put("spf", SpfCommand::new);
        subcommands.put("spf-build", SpfBuildCommand::new);
        subcommands.put("auth", AuthCommand::new);
        if (args.length > 0 && subcommands.containsKey(args[0])) {
            subcommands.keySet().retainAll(Set.of(args[0]));
            services.prepareFor(args[0]);
        }
        CommandLine cl = new CommandLine(new Cli());
        subcommands.forEach((name, command) -> cl.addSubcommand(name, command.apply(services)));
        List<CommandLine> all = new ArrayList<>(cl.getSubcommands().values());
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
