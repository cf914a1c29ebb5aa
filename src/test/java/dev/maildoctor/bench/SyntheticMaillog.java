package dev.maildoctor.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Writes a realistic synthetic Postfix log (classic syslog stamps) of a given number of lines, the
 * same for the same arguments: an outbound relay for a Japanese company sending to Gmail, Google
 * Workspace, Microsoft 365, Outlook.com, Yahoo and some two thousand other domains. Each message
 * tells the whole story Postfix logs: smtpd connect, client=, cleanup message-id, qmgr from=, smtpd
 * disconnect, one delivery line per recipient (sent, deferred with retries later, bounced with a
 * non-delivery notification), qmgr removed. Interleaved: postscreen and anvil noise, inbound
 * NOQUEUE rejects, dovecot and opendkim lines. From day two 14:02 to day three 09:14 Gmail and
 * Google Workspace refuse most mail for the sending IP's reputation.
 *
 * <p>Usage: {@code SyntheticMaillog OUTPUT_FILE LINES}
 */
public final class SyntheticMaillog {
    static final LocalDateTime START = LocalDateTime.of(2026, 11, 1, 0, 0, 0);
    static final LocalDateTime INCIDENT_START = LocalDateTime.of(2026, 11, 2, 14, 2, 0);
    static final LocalDateTime INCIDENT_END = LocalDateTime.of(2026, 11, 3, 9, 14, 0);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ROOT);
    private static final String HOST = "mail01";
    private static final String OUR_IP = "203.0.113.25";
    private static final String[] USERS = {"tanaka", "suzuki", "sato", "takahashi", "watanabe", "ito", "yamamoto",
        "nakamura", "kobayashi", "kato", "yoshida", "yamada", "info", "sales", "support", "keiri", "soumu", "admin"};
    private static final String[] SENDERS = {"notice@example.jp", "billing@example.jp", "news@example.jp",
        "support@example.jp", "no-reply@example.jp"};
    private static final int OTHER_DOMAINS = 2000;

    private final SplittableRandom random = new SplittableRandom(20_261_128L);
    private final Writer out;
    private final long limit;
    private final PriorityQueue<Retry> retries = new PriorityQueue<>();
    /** Deliveries still to be retried per queue id: the message is removed when the last one is done. */
    private final Map<String, Integer> pending = new HashMap<>();
    private long written;
    private long queueCounter = 1;
    private int pid = 1000;
    private LocalDateTime now = START;
    private String stamp;

    private record Retry(LocalDateTime at, String queueId, String from, String rcpt, int attempt)
            implements Comparable<Retry> {
        @Override
        public int compareTo(Retry o) {
            return at.compareTo(o.at);
        }
    }

    /** A recipient domain and where its mail goes. */
    private record Dest(String domain, String mx, String ip, Kind kind) {
    }

    private enum Kind { GMAIL, WORKSPACE, MS365, OUTLOOK, YAHOO, OTHER }

    private SyntheticMaillog(Writer out, long lines) {
        this.out = out;
        this.limit = lines;
        this.stamp = STAMP.format(now);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SyntheticMaillog OUTPUT_FILE LINES");
        }
        write(Path.of(args[0]), Long.parseLong(args[1]));
    }

    /** Writes exactly {@code lines} lines to {@code file}. */
    public static void write(Path file, long lines) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new SyntheticMaillog(w, lines).run();
        }
    }

    private void run() throws IOException {
        while (written < limit) {
            advance(random.nextInt(0, 4));
            while (!retries.isEmpty() && !retries.peek().at().isAfter(now) && written < limit) {
                retry(retries.poll());
            }
            int r = random.nextInt(100);
            if (r < 72) {
                outbound();
            } else if (r < 82) {
                inboundReject();
            } else if (r < 90) {
                postscreenNoise();
            } else if (r < 96) {
                otherPrograms();
            } else {
                line("postfix/anvil[" + 812 + "]: statistics: max connection rate 3/60s for (smtp:198.51.100."
                        + random.nextInt(1, 255) + ") at " + stamp);
            }
        }
    }

    private void advance(int seconds) {
        if (seconds > 0) {
            now = now.plusSeconds(seconds);
            stamp = STAMP.format(now);
        }
    }

    private void line(String text) throws IOException {
        if (written < limit) {
            out.write(stamp);
            out.write(' ');
            out.write(HOST);
            out.write(' ');
            out.write(text);
            out.write('\n');
            written++;
        }
    }

    private String queueId() {
        long id = (queueCounter++ * 0x9E3779B97F4AL) & 0xFF_FFFF_FFFFL;
        String hex = Long.toHexString(id | (1L << 40)).toUpperCase(Locale.ROOT);
        return hex.substring(1); // ten digits, leading zeros kept
    }

    private int pid() {
        pid = pid >= 65_000 ? 1000 : pid + random.nextInt(1, 30);
        return pid;
    }

    private void outbound() throws IOException {
        String q = queueId();
        int smtpd = pid();
        String from = SENDERS[random.nextInt(SENDERS.length)];
        boolean submission = random.nextInt(4) == 0;
        String daemon = submission ? "postfix/submission/smtpd[" : "postfix/smtpd[";
        String client = "app" + random.nextInt(1, 4) + ".example.jp[192.0.2." + random.nextInt(10, 20) + "]";
        int rcpts = random.nextInt(10) < 8 ? 1 : random.nextInt(2, 4);
        line(daemon + smtpd + "]: connect from " + client);
        line(daemon + smtpd + "]: " + q + ": client=" + client
                + (submission ? ", sasl_method=PLAIN, sasl_username=" + from : ""));
        line("postfix/cleanup[" + pid() + "]: " + q + ": message-id=<" + now.toLocalDate().toString().replace("-", "")
                + "." + q.toLowerCase(Locale.ROOT) + "@example.jp>");
        line("opendkim[733]: " + q + ": DKIM-Signature field added (s=202611, d=example.jp)");
        line("postfix/qmgr[812]: " + q + ": from=<" + from + ">, size=" + random.nextInt(1500, 90_000) + ", nrcpt="
                + rcpts + " (queue active)");
        line(daemon + smtpd + "]: disconnect from " + client + " ehlo=1 " + (submission ? "auth=1 " : "")
                + "mail=1 rcpt=" + rcpts + " data=1 quit=1 commands=" + (4 + rcpts + (submission ? 1 : 0)));
        advance(random.nextInt(0, 2));
        int deferred = 0;
        for (int i = 0; i < rcpts; i++) {
            deferred += deliver(q, from, recipient(), 1) ? 1 : 0;
        }
        if (deferred == 0) {
            line("postfix/qmgr[812]: " + q + ": removed");
        } else {
            pending.put(q, deferred);
        }
    }

    private void retry(Retry r) throws IOException {
        line("postfix/qmgr[812]: " + r.queueId() + ": from=<" + r.from() + ">, size=" + random.nextInt(1500, 90_000)
                + ", nrcpt=" + pending.get(r.queueId()) + " (queue active)");
        if (deliver(r.queueId(), r.from(), r.rcpt(), r.attempt())) {
            return;
        }
        doneWith(r.queueId());
    }

    /** One of a message's pending deliveries is over; the last one removes the message. */
    private void doneWith(String q) throws IOException {
        int left = pending.merge(q, -1, Integer::sum);
        if (left <= 0) {
            pending.remove(q);
            line("postfix/qmgr[812]: " + q + ": removed");
        }
    }

    /** Logs one delivery; true when it was deferred and a retry is scheduled (the message stays queued). */
    private boolean deliver(String q, String from, Dest dest, int attempt) throws IOException {
        String rcpt = USERS[random.nextInt(USERS.length)] + "@" + dest.domain();
        return deliver(q, from, rcpt, dest, attempt);
    }

    private boolean deliver(String q, String from, String rcpt, int attempt) throws IOException {
        return deliver(q, from, rcpt, destOf(rcpt.substring(rcpt.indexOf('@') + 1)), attempt);
    }

    private boolean deliver(String q, String from, String rcpt, Dest d, int attempt) throws IOException {
        String relay = d.mx() + "[" + d.ip() + "]:25";
        String[] outcome = outcome(d, attempt);
        String status = outcome[0];
        double delay = attempt > 1 ? attempt * 600 + random.nextDouble() * 60 : 0.3 + random.nextDouble() * 3;
        String delays = decimals(delay * 0.2, 100) + "/0.01/" + decimals(delay * 0.3, 100) + "/"
                + decimals(delay * 0.5, 100);
        String response = status.equals("sent") ? outcome[2] : "host " + d.mx() + "[" + d.ip() + "] said: " + outcome[2];
        if (outcome[2].startsWith("connect to")) {
            relay = "none";
            response = outcome[2];
        }
        line("postfix/smtp[" + pid() + "]: " + q + ": to=<" + rcpt + ">, relay=" + relay + ", delay="
                + decimals(delay, 10) + ", delays=" + delays + ", dsn=" + outcome[1]
                + ", status=" + status + " (" + response + ")");
        if (status.equals("deferred")) {
            if (attempt >= 4) {
                line("postfix/qmgr[812]: " + q + ": from=<" + from + ">, status=expired, returned to sender");
                nonDelivery(q, from);
                return false;
            }
            retries.add(new Retry(now.plusMinutes(5L * attempt * attempt + random.nextInt(0, 5)), q, from, rcpt,
                    attempt + 1));
            return true;
        }
        if (status.equals("bounced")) {
            nonDelivery(q, from);
        }
        return false;
    }

    /** {@code value} with one (scale 10) or two (scale 100) decimals, as Postfix writes delays. */
    private static String decimals(double value, int scale) {
        long v = Math.round(value * scale);
        String frac = Long.toString(v % scale);
        return v / scale + "." + (scale == 100 && frac.length() == 1 ? "0" + frac : frac);
    }

    private void nonDelivery(String q, String from) throws IOException {
        String b = queueId();
        line("postfix/cleanup[" + pid() + "]: " + b + ": message-id=<" + now.toLocalDate().toString().replace("-", "")
                + "." + b + "@" + HOST + ".example.jp>");
        line("postfix/bounce[" + pid() + "]: " + q + ": sender non-delivery notification: " + b);
        line("postfix/qmgr[812]: " + b + ": from=<>, size=" + random.nextInt(3000, 12_000) + ", nrcpt=1 (queue active)");
        line("postfix/local[" + pid() + "]: " + b + ": to=<" + from + ">, relay=local, delay=0.01, "
                + "delays=0/0/0/0.01, dsn=2.0.0, status=sent (delivered to mailbox)");
        line("postfix/qmgr[812]: " + b + ": removed");
    }

    /** {status, dsn, response}. */
    private String[] outcome(Dest d, int attempt) {
        boolean incident = !now.isBefore(INCIDENT_START) && now.isBefore(INCIDENT_END);
        int r = random.nextInt(1000);
        String id = trace();
        switch (d.kind()) {
            case GMAIL, WORKSPACE -> {
                if (incident && r < 850) {
                    return r < 700 ? new String[] {"bounced", "5.7.1", "550-5.7.1 [" + OUR_IP + "      12] Our "
                            + "system has detected that this message is 550-5.7.1 likely suspicious due to the very "
                            + "low reputation of the sending IP 550-5.7.1 address. To best protect our users from "
                            + "spam, the message has been 550-5.7.1 blocked. Please visit 550 5.7.1  "
                            + "https://support.google.com/mail/answer/188131 for more information. " + id
                            + " - gsmtp (in reply to end of DATA command)"}
                            : new String[] {"deferred", "4.7.28", "421-4.7.28 [" + OUR_IP + "      15] Our system "
                            + "has detected an unusual rate of 421-4.7.28 unsolicited mail originating from your IP "
                            + "address. To protect our 421-4.7.28 users from spam, mail sent from your IP address "
                            + "has been temporarily 421-4.7.28 rate limited. Please visit 421-4.7.28  "
                            + "https://support.google.com/mail/answer/188131 to review our Bulk Email 421 4.7.28 "
                            + "Senders Guidelines. " + id + " - gsmtp (in reply to end of DATA command)"};
                }
                if (r < 15) {
                    return new String[] {"bounced", "5.1.1", "550-5.1.1 The email account that you tried to reach "
                            + "does not exist. Please try 550-5.1.1 double-checking the recipient's email address for "
                            + "typos or 550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1  "
                            + "https://support.google.com/mail/?p=NoSuchUser " + id + " - gsmtp (in reply to RCPT TO "
                            + "command)"};
                }
                if (r < 20) {
                    return new String[] {"deferred", "4.2.2", "452-4.2.2 The recipient's inbox is out of storage "
                            + "space. Please direct the 452-4.2.2 recipient to 452 4.2.2  "
                            + "https://support.google.com/mail/?p=OverQuotaTemp " + id + " - gsmtp (in reply to RCPT "
                            + "TO command)"};
                }
                return new String[] {"sent", "2.0.0", "250 2.0.0 OK  " + (1_793_000_000 + random.nextInt(9_000_000))
                        + " " + id + " - gsmtp"};
            }
            case MS365, OUTLOOK -> {
                if (r < 8) {
                    return new String[] {"bounced", "5.7.1", "550 5.7.1 Unfortunately, messages from [" + OUR_IP
                            + "] weren't sent. Please contact your Internet service provider since part of their "
                            + "network is on our block list (S3150). You can also refer your provider to "
                            + "http://mail.live.com/mail/troubleshooting.aspx#errors. [" + msHost() + "] (in reply to "
                            + "MAIL FROM command)"};
                }
                if (r < 25) {
                    return new String[] {"bounced", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
                            + "not found by SMTP address lookup (in reply to RCPT TO command)"};
                }
                if (r < 40 && attempt == 1) {
                    return new String[] {"deferred", "4.7.650", "451 4.7.650 The mail server [" + OUR_IP + "] has "
                            + "been temporarily rate limited due to IP reputation. For e-mail delivery information, "
                            + "see https://postmaster.live.com (S775) [" + msHost() + "] (in reply to MAIL FROM "
                            + "command)"};
                }
                return new String[] {"sent", "2.6.0", "250 2.6.0 <" + id + "@example.jp> [InternalId="
                        + random.nextLong(10_000_000_000_000L, 99_999_999_999_999L) + ", Hostname=" + msHost()
                        + "] 12345 bytes in 0.210, 57.3 KB/sec Queued mail for delivery"};
            }
            case YAHOO -> {
                if (r < 40 && attempt < 3) {
                    return new String[] {"deferred", "4.7.0", "421 4.7.0 [TSS04] Messages from " + OUR_IP
                            + " temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see "
                            + "https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)"};
                }
                if (r < 50) {
                    return new String[] {"bounced", "5.0.0", "554 delivery error: dd This user doesn't have a "
                            + d.domain() + " account (" + id + "@" + d.domain() + ") [0] - mta" + random.nextInt(1, 9)
                            + "." + (d.domain().endsWith(".jp") ? "mail.kks.yahoo.co.jp" : "mail.bf1.yahoo.com")
                            + " (in reply to end of DATA command)"};
                }
                return new String[] {"sent", "2.0.0", "250 ok dirdel"};
            }
            default -> {
                if (r < 10 && attempt < 3) {
                    return new String[] {"deferred", "4.2.0", "450 4.2.0 <" + id + "@" + d.domain() + ">: Recipient "
                            + "address rejected: Greylisted, see http://postgrey.schweikert.ch/help/" + d.domain()
                            + ".html (in reply to RCPT TO command)"};
                }
                if (r < 16) {
                    return new String[] {"deferred", "4.4.1", "connect to " + d.mx() + "[" + d.ip() + "]:25: "
                            + "Connection timed out"};
                }
                if (r < 26) {
                    return new String[] {"bounced", "5.1.1", "550 5.1.1 <" + id + "@" + d.domain() + ">: Recipient "
                            + "address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)"};
                }
                if (r < 29) {
                    return new String[] {"bounced", "5.2.2", "552 5.2.2 Mailbox full (in reply to RCPT TO command)"};
                }
                if (r < 31) {
                    return new String[] {"bounced", "5.7.1", "554 5.7.1 Service unavailable; Client host [" + OUR_IP
                            + "] blocked using bl.spamcop.net (in reply to RCPT TO command)"};
                }
                return new String[] {"sent", "2.0.0", "250 2.0.0 Ok: queued as " + queueId()};
            }
        }
    }

    private String trace() {
        return (char) ('a' + random.nextInt(26)) + Integer.toString(random.nextInt(10, 99)) + "si"
                + random.nextInt(1_000_000, 9_999_999) + (char) ('a' + random.nextInt(26)) + "kq."
                + random.nextInt(10, 400);
    }

    private String msHost() {
        return "TYCPR01MB" + random.nextInt(1000, 9999) + ".jpnprd01.prod.outlook.com";
    }

    private Dest recipient() {
        int r = random.nextInt(100);
        String domain;
        if (r < 25) {
            domain = random.nextInt(10) == 0 ? "googlemail.com" : "gmail.com";
        } else if (r < 35) {
            domain = "g-partner" + random.nextInt(1, 60) + ".co.jp";
        } else if (r < 45) {
            domain = "ms-partner" + random.nextInt(1, 80) + ".com";
        } else if (r < 52) {
            domain = new String[] {"outlook.com", "hotmail.com", "outlook.jp", "live.jp"}[random.nextInt(4)];
        } else if (r < 62) {
            domain = random.nextInt(3) == 0 ? "yahoo.com" : "yahoo.co.jp";
        } else {
            // a long tail: a few busy partners, many rare ones
            int n = (int) Math.min(OTHER_DOMAINS - 1, Math.abs(random.nextGaussian()) * OTHER_DOMAINS / 3);
            domain = "partner" + n + (n % 3 == 0 ? ".co.jp" : n % 3 == 1 ? ".jp" : ".com");
        }
        return destOf(domain);
    }

    private static Dest destOf(String domain) {
        int h = Math.floorMod(domain.hashCode(), 200) + 20;
        if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
            return new Dest(domain, "gmail-smtp-in.l.google.com", "142.250.157." + (h % 30 + 26), Kind.GMAIL);
        }
        if (domain.startsWith("g-partner")) {
            return new Dest(domain, h % 2 == 0 ? "aspmx.l.google.com" : "alt1.aspmx.l.google.com",
                    "142.250.141." + (h % 30 + 26), Kind.WORKSPACE);
        }
        if (domain.startsWith("ms-partner")) {
            return new Dest(domain, domain.replace('.', '-') + ".mail.protection.outlook.com", "52.101.40." + h,
                    Kind.MS365);
        }
        if (domain.startsWith("outlook") || domain.startsWith("hotmail") || domain.startsWith("live")) {
            return new Dest(domain, domain.replace('.', '-') + ".olc.protection.outlook.com", "52.101.68." + h,
                    Kind.OUTLOOK);
        }
        if (domain.equals("yahoo.co.jp")) {
            return new Dest(domain, "mx" + (h % 3 + 1) + ".mail.yahoo.co.jp", "183.79.57." + h, Kind.YAHOO);
        }
        if (domain.equals("yahoo.com")) {
            return new Dest(domain, "mta" + (h % 7 + 5) + ".am0.yahoodns.net", "67.195.204." + h, Kind.YAHOO);
        }
        return new Dest(domain, "mx." + domain, "198.51.100." + (h % 250 + 1), Kind.OTHER);
    }

    private void inboundReject() throws IOException {
        int p = pid();
        String ip = "198.51.100." + random.nextInt(1, 255);
        line("postfix/smtpd[" + p + "]: connect from unknown[" + ip + "]");
        if (random.nextBoolean()) {
            line("postfix/smtpd[" + p + "]: NOQUEUE: reject: RCPT from unknown[" + ip + "]: 554 5.7.1 Service "
                    + "unavailable; Client host [" + ip + "] blocked using zen.spamhaus.org; "
                    + "https://www.spamhaus.org/query/ip/" + ip + "; from=<spam" + random.nextInt(1000)
                    + "@spam.example> to=<info@example.jp> proto=ESMTP helo=<spam.example>");
        } else {
            line("postfix/smtpd[" + p + "]: NOQUEUE: reject: RCPT from unknown[" + ip + "]: 550 5.1.1 "
                    + "<nobody@example.jp>: Recipient address rejected: User unknown in virtual mailbox table; "
                    + "from=<a@spam.example> to=<nobody@example.jp> proto=ESMTP helo=<[" + ip + "]>");
        }
        line("postfix/smtpd[" + p + "]: disconnect from unknown[" + ip + "] ehlo=1 mail=1 rcpt=0/1 quit=1 "
                + "commands=3/4");
    }

    private void postscreenNoise() throws IOException {
        String ip = "192.0.2." + random.nextInt(1, 255) + "]:" + random.nextInt(1024, 65_535);
        line("postfix/postscreen[790]: CONNECT from [" + ip + " to [192.0.2.1]:25");
        line(random.nextBoolean() ? "postfix/postscreen[790]: PASS OLD [" + ip
                : "postfix/postscreen[790]: DNSBL rank 3 for [" + ip);
    }

    private void otherPrograms() throws IOException {
        if (random.nextBoolean()) {
            line("dovecot: imap-login: Login: user=<" + USERS[random.nextInt(USERS.length)] + "@example.jp>, "
                    + "method=PLAIN, rip=192.0.2." + random.nextInt(2, 250) + ", lip=192.0.2.1, mpid="
                    + random.nextInt(1000, 60_000) + ", TLS");
        } else {
            line("postfix/smtp[" + pid() + "]: Trusted TLS connection established to gmail-smtp-in.l.google.com"
                    + "[142.250.157.27]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)");
        }
    }
}
