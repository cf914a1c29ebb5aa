package dev.maildoctor.app.bounces;

import dev.maildoctor.core.maillog.MaillogSummary;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.report.BounceFile;
import java.util.List;
import java.util.Optional;

/**
 * What one press of Analyze (or one drop of files) produced.
 *
 * @param bounces  the messages read, one entry per file or for the pasted text
 * @param log      the summary of the log files (or pasted log lines), if there were any
 * @param logFiles names of the log files summarised
 * @param problems inputs that could not be used, each with a one-line reason
 */
public record Analysis(List<BounceFile> bounces, Optional<MaillogSummary> log, List<String> logFiles,
                       List<Msg> problems) {
    public Analysis {
        bounces = List.copyOf(bounces);
        logFiles = List.copyOf(logFiles);
        problems = List.copyOf(problems);
    }

    public boolean isEmpty() {
        return bounces.isEmpty() && log.isEmpty();
    }
}
