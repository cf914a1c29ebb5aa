package dev.maildoctor.core.maillog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SyslogPrefixTest {
    private final SyslogPrefix prefix = new SyslogPrefix(new LogClock(LocalDate.of(2026, 11, 30)));

    private LocalDateTime time() {
        return LogClock.toDateTime(prefix.time);
    }

    @Test
    void classicSyslogLine() {
        String line = "Nov 28 06:42:15 mx1 postfix/smtp[123]: 7EE668039: to=<a@b.example>, relay=none, status=sent";
        assertThat(prefix.parse(line)).isTrue();
        assertThat(time()).isEqualTo(LocalDateTime.of(2026, 11, 28, 6, 42, 15));
        assertThat(prefix.daemon).isEqualTo(Daemon.SMTP);
        assertThat(line.substring(prefix.messageStart)).startsWith("7EE668039: to=");
    }

    @Test
    void singleDigitDaysPaddedOrNot() {
        assertThat(prefix.parse("Jan  6 08:39:06 mail postfix/smtpd[339505]: connect from localhost[127.0.0.1]")).isTrue();
        assertThat(time()).isEqualTo(LocalDateTime.of(2026, 1, 6, 8, 39, 6));
        assertThat(prefix.parse("Jan 6 08:39:06 mail postfix/smtpd[339505]: connect from localhost[127.0.0.1]")).isTrue();
        assertThat(prefix.daemon).isEqualTo(Daemon.SMTPD);
    }

    @Test
    void isoAndJournaldStampsKeepTheirLocalTime() {
        assertThat(prefix.parse("2026-11-28T06:42:15.123456+09:00 host postfix/smtp[123]: 1A2B3C4D5E: removed")).isTrue();
        assertThat(time()).isEqualTo(LocalDateTime.of(2026, 11, 28, 6, 42, 15));
        assertThat(prefix.parse("2019-05-29T14:02:11+0900 host postfix/qmgr[812]: 1A2B3C4D5E: removed")).isTrue();
        assertThat(time()).isEqualTo(LocalDateTime.of(2019, 5, 29, 14, 2, 11));
        assertThat(prefix.daemon).isEqualTo(Daemon.QMGR);
        assertThat(prefix.parse("2019-05-29T14:02:11Z host postfix/qmgr[812]: 1A2B3C4D5E: removed")).isTrue();
    }

    @Test
    void multiInstanceAndServiceNames() {
        assertThat(prefix.parse("Nov 28 22:50:29 smtp postfix/submission/smtpd[70013]: 3p7RMT0zrYz20p: client=x[1.2.3.4]"))
                .isTrue();
        assertThat(prefix.daemon).isEqualTo(Daemon.SMTPD);
        assertThat(prefix.parse("Nov 28 22:50:29 smtp postfix-out/smtp[70013]: 3p7RMT0zrYz20p: to=<a@b>")).isTrue();
        assertThat(prefix.daemon).isEqualTo(Daemon.SMTP);
        assertThat(prefix.parse("Nov 28 22:50:29 smtp mailout/lmtp[70013]: 3p7RMT0zrYz20p: to=<a@b>")).isTrue();
        assertThat(prefix.daemon).isEqualTo(Daemon.LMTP);
        assertThat(prefix.parse("Nov 28 22:50:29 smtp postfix/postscreen[70013]: CONNECT from [1.2.3.4]:5")).isTrue();
        assertThat(prefix.daemon).isEqualTo(Daemon.OTHER);
    }

    @Test
    void otherProgramsAndGarbageAreNotPostfixLines() {
        assertThat(prefix.parse("Jul  5 06:52:01 prd-mx1 spamd[11526]: spamd: identified spam (9.3/5.0)")).isFalse();
        assertThat(prefix.parse("Nov 28 06:42:15 mx1 dovecot: imap-login: Login: user=<a>")).isFalse();
        assertThat(prefix.parse("Nov 28 06:42:15 mx1 systemd/other[1]: started")).isFalse();
        assertThat(prefix.parse("")).isFalse();
        assertThat(prefix.parse("Foo 28 06:42:15 mx1 postfix/smtp[1]: x")).isFalse();
        assertThat(prefix.parse("Nov 31 06:42:15 mx1 postfix/smtp[1]: 7EE668039: removed")).isFalse();
        assertThat(prefix.parse("2026-13-28T06:42:15 mx1 postfix/smtp[1]: 7EE668039: removed")).isFalse();
        assertThat(prefix.parse("\u0000\u0001binary\u00ff junk that is long enough to look at")).isFalse();
    }

    @Test
    void classicYearComesFromTheFileDateRollingBackAcrossNewYear() {
        LogClock clock = new LogClock(LocalDate.of(2026, 1, 3));
        assertThat(LogClock.toDateTime(clock.classic(12, 28, 23, 0, 0))).isEqualTo(LocalDateTime.of(2025, 12, 28, 23, 0));
        assertThat(LogClock.toDateTime(clock.classic(1, 2, 1, 0, 0))).isEqualTo(LocalDateTime.of(2026, 1, 2, 1, 0));
        assertThat(LogClock.toDateTime(clock.classic(1, 4, 1, 0, 0))).as("a day's grace for clock skew")
                .isEqualTo(LocalDateTime.of(2026, 1, 4, 1, 0));
        assertThat(LogClock.toDateTime(clock.classic(1, 5, 1, 0, 0))).isEqualTo(LocalDateTime.of(2025, 1, 5, 1, 0));
        LogClock newYearsEve = new LogClock(LocalDate.of(2025, 12, 31));
        assertThat(LogClock.toDateTime(newYearsEve.classic(12, 31, 23, 59, 59)).getYear()).isEqualTo(2025);
        assertThat(LogClock.toDateTime(newYearsEve.classic(1, 1, 0, 0, 0)).getYear()).isEqualTo(2025);
        LogClock leap = new LogClock(LocalDate.of(2025, 3, 1));
        assertThat(leap.classic(2, 29, 0, 0, 0)).as("no 29 February in 2025").isEqualTo(LogClock.NO_TIME);
    }
}
