package dev.maildoctor.cli;

import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.maillog.DeliveryStatus;
import dev.maildoctor.core.maillog.MaillogSummary;
import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Progress;
import dev.maildoctor.report.JsonText;
import dev.maildoctor.report.MaillogJson;
import dev.maildoctor.report.MaillogTextReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code maildoctor maillog FILE...}: the story of a set of Postfix logs. Exit code 2 when a
 * reputation or blocklist incident was found, 1 when any mail bounced or was deferred, 0 when all
 * was delivered, 3 when a file could not be read.
 */
@Command(name = "maillog", mixinStandardHelpOptions = true,
        description = "Summarise Postfix logs: deliveries per status and domain, and provider incidents.")
final class MaillogCommand implements Callable<Integer> {
    private final CliServices services;

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Postfix log files (plain or .gz, a rotated set in any order); - reads standard input.")
    List<String> files;

    MaillogCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Messages messages = global.messages();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> paths = new ArrayList<>();
        Path stdinCopy = null;
        try {
            for (String name : files) {
                if (InputFiles.STDIN.equals(name)) {
                    if (stdinCopy == null) {
                        stdinCopy = copy(services.stdin());
                        paths.add(stdinCopy);
                    }
                } else {
                    paths.add(InputFiles.existing(name));
                }
            }
            MaillogSummary summary = services.maillogAnalyzer().analyze(paths, Progress.NONE, () -> false);
            print(summary, messages);
            return exitCode(summary);
        } catch (InvalidInputException e) {
            err.println("maildoctor: " + messages.render(e.msg()));
            return ExitCode.UNKNOWN;
        } catch (IOException | UncheckedIOException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            err.println("maildoctor: " + messages.render(Msg.of("input.error.log_unreadable", detail)));
            return ExitCode.UNKNOWN;
        } finally {
            if (stdinCopy != null) {
                try {
                    Files.deleteIfExists(stdinCopy);
                } catch (IOException e) {
                    // A temporary file left behind is harmless.
                }
            }
        }
    }

    static int exitCode(MaillogSummary summary) {
        if (!summary.incidents().isEmpty()) {
            return ExitCode.CRITICAL;
        }
        long failed = summary.byStatus().getOrDefault(DeliveryStatus.BOUNCED, 0L)
                + summary.byStatus().getOrDefault(DeliveryStatus.DEFERRED, 0L);
        return failed > 0 ? ExitCode.WARNING : ExitCode.OK;
    }

    /** The analyzer reads files (and checks .gz by name), so standard input goes through a temporary file. */
    private static Path copy(InputStream in) throws IOException {
        Path file = Files.createTempFile("maildoctor-stdin", ".log");
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    private void print(MaillogSummary summary, Messages messages) {
        PrintWriter out = spec.commandLine().getOut();
        if (global.json) {
            out.println(JsonText.write(new MaillogJson(messages).toJson(summary, files)));
        } else {
            out.print(new MaillogTextReport(messages).render(summary));
        }
        out.flush();
    }
}
