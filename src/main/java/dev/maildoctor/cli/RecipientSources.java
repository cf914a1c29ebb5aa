package dev.maildoctor.cli;

import dev.maildoctor.core.maillog.MaillogSummary;
import dev.maildoctor.core.model.Progress;
import dev.maildoctor.core.recipients.DomainList;
import dev.maildoctor.core.recipients.RecipientDomain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where a command's recipient domains come from: arguments, files of domains or addresses, mail logs. */
final class RecipientSources {
    /** A list of domains is text: anything larger is not one. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    @Parameters(arity = "0..*", paramLabel = "DOMAIN", description = "Recipient domains or e-mail addresses.")
    List<String> domains = new ArrayList<>();

    @Option(names = "--file", paramLabel = "FILE",
            description = "A file of domains or e-mail addresses (one per line, or separated by commas or spaces); "
                    + "- reads standard input. Repeatable.")
    List<String> files = new ArrayList<>();

    @Option(names = "--from-maillog", arity = "1..*", paramLabel = "LOG",
            description = "Postfix logs (plain or .gz): take the recipient domains they show.")
    List<String> maillogs = new ArrayList<>();

    boolean isEmpty() {
        return domains.isEmpty() && files.isEmpty() && maillogs.isEmpty();
    }

    /** Every domain named, first occurrence first; throws InvalidInputException for unreadable inputs. */
    DomainList gather(CliServices services) throws IOException {
        StringBuilder text = new StringBuilder(String.join("\n", domains));
        for (String file : files) {
            text.append('\n').append(new String(InputFiles.read(file, services.stdin(), MAX_FILE_BYTES),
                    StandardCharsets.UTF_8));
        }
        DomainList named = DomainList.parse(text.toString());
        if (maillogs.isEmpty()) {
            return named;
        }
        List<Path> logs = new ArrayList<>();
        for (String log : maillogs) {
            logs.add(InputFiles.existing(log));
        }
        MaillogSummary summary = services.maillogAnalyzer().analyze(logs, Progress.NONE, () -> false);
        DomainList fromLogs = DomainList.of(summary.recipientDomains());
        Map<String, RecipientDomain> merged = new LinkedHashMap<>();
        named.domains().forEach(d -> merged.putIfAbsent(d.ascii(), d));
        fromLogs.domains().forEach(d -> merged.putIfAbsent(d.ascii(), d));
        List<DomainList.Rejected> rejected = new ArrayList<>(named.rejected());
        rejected.addAll(fromLogs.rejected());
        return new DomainList(new ArrayList<>(merged.values()), rejected);
    }
}
