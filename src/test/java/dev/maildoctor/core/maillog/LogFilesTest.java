package dev.maildoctor.core.maillog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogFilesTest {
    private static List<String> order(String... names) {
        return LogFiles.oldestFirst(java.util.Arrays.stream(names).map(Path::of).toList()).stream()
                .map(Path::toString).toList();
    }

    @Test
    void numberedRotationOldestFirst() {
        assertThat(order("maillog", "maillog.1", "maillog.10.gz", "maillog.3.gz", "maillog.2.gz"))
                .containsExactly("maillog.10.gz", "maillog.3.gz", "maillog.2.gz", "maillog.1", "maillog");
    }

    @Test
    void dateextRotationOldestFirst() {
        assertThat(order("mail.log", "mail.log-20261115.gz", "mail.log-20261101.gz", "mail.log-20261122"))
                .containsExactly("mail.log-20261101.gz", "mail.log-20261115.gz", "mail.log-20261122", "mail.log");
    }

    @Test
    void separateSetsStayApart() {
        assertThat(order("mail.log", "maillog.1", "mail.log.1", "maillog"))
                .containsExactly("mail.log.1", "mail.log", "maillog.1", "maillog");
    }
}
