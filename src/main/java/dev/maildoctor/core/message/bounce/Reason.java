package dev.maildoctor.core.message.bounce;

/** Why a delivery failed, in sisimai's reason vocabulary (so results compare with sisimai's). */
public enum Reason {
    AUTHFAILURE, BADREPUTATION, BLOCKED, CONTENTERROR, DELIVERED, EXCEEDLIMIT, EXPIRED, FAILEDSTARTTLS,
    FEEDBACK, FILTERED, HASMOVED, HOSTUNKNOWN, MAILBOXFULL, MAILERERROR, MESGTOOBIG, NETWORKERROR,
    NORELAYING, NOTACCEPT, NOTCOMPLIANTRFC, ONHOLD, POLICYVIOLATION, REJECTED, REQUIREPTR, SECURITYERROR,
    SPAMDETECTED, SPEEDING, SUPPRESSED, SUSPEND, SYNTAXERROR, SYSTEMERROR, SYSTEMFULL, TOOMANYCONN,
    UNDEFINED, USERUNKNOWN, VACATION, VIRUSDETECTED;

    /** sisimai's spelling: lower case, e.g. "badreputation". */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Reasons that point at the sender's IP or domain reputation: a blocklist check may prove them. */
    public boolean pointsAtReputation() {
        return this == BADREPUTATION || this == BLOCKED || this == REQUIREPTR || this == SPAMDETECTED
                || this == POLICYVIOLATION || this == REJECTED;
    }
}
