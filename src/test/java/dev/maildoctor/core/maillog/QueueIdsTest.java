package dev.maildoctor.core.maillog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueueIdsTest {
    @ParameterizedTest
    @ValueSource(strings = {"7EE668039: to=", "3mPVKl0Mhjz7sXv: removed", "0F5383D: removed", "ED06590130AA1C9D6D862: x",
        "48rT2v1hQrz1J0N: prepend", "ABCDEF: removed"})
    void queueIds(String message) {
        assertThat(QueueIds.end(message, 0)).isEqualTo(message.indexOf(':'));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOQUEUE: reject: RCPT", "warning: 3mCqcj5HR1z2xDW: message", "statistics: domain",
        "connect from x[1.2.3.4]", "to=<a@b>, relay=none", "fatal: append", "1234: short", "disconnect from x",
        "Untrusted TLS connection established"})
    void notQueueIds(String message) {
        assertThat(QueueIds.end(message, 0)).isEqualTo(-1);
    }
}
