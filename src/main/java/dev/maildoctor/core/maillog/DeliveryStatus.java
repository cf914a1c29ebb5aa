package dev.maildoctor.core.maillog;

/** Postfix's status= values that a summary counts. */
public enum DeliveryStatus {
    SENT, DEFERRED, BOUNCED;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
