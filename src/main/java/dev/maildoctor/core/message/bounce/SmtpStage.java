package dev.maildoctor.core.message.bounce;

/** Where in the SMTP conversation the remote server refused ("in reply to RCPT TO command"). */
public enum SmtpStage {
    CONNECT, HELO, STARTTLS, AUTH, MAIL, RCPT, DATA, END_OF_DATA, UNKNOWN;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
