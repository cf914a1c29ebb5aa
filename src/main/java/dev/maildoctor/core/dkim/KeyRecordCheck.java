package dev.maildoctor.core.dkim;

import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.OptionalInt;

/**
 * Judges one DKIM key record (RFC 6376 3.6.1, RFC 8301 key sizes and hashes, RFC 8463 Ed25519).
 * Each problem carries its own severity; the record's status is the worst of them, PASS if none.
 */
final class KeyRecordCheck {
    static final int RSA_MINIMUM_BITS = 1024;
    static final int RSA_RECOMMENDED_BITS = 2048;

    private final List<Msg> problems = new ArrayList<>();
    private Status status = Status.PASS;

    private KeyRecordCheck() {
    }

    /**
     * @param record     the TXT strings joined
     * @param signedWith true when a real message was signed with this selector: a revoked key then
     *                   fails its signatures; otherwise revoking an unused selector is good practice
     */
    static KeyVerdict check(String record, boolean signedWith) {
        return new KeyRecordCheck().run(record, signedWith);
    }

    private KeyVerdict run(String record, boolean signedWith) {
        TagList tags = TagList.parse(record);
        tags.malformed().forEach(segment -> problem(Status.FAIL, Msg.of("dkim.key.syntax", segment)));
        tags.duplicates().forEach(name -> problem(Status.FAIL, Msg.of("dkim.key.duplicate_tag", name)));
        checkVersion(tags);
        String keyType = tags.has("k") ? tags.get("k") : "rsa";
        boolean knownType = keyType.equals("rsa") || keyType.equals("ed25519");
        if (!knownType) {
            problem(Status.FAIL, Msg.of("dkim.key.unknown_type", keyType));
        }
        checkHashes(tags);
        checkServices(tags);
        List<String> flags = tags.has("t") ? TagList.items(tags.get("t")) : List.of();
        boolean testing = flags.contains("y");
        if (testing) {
            problem(Status.WARN, Msg.of("dkim.key.testing"));
        }
        boolean revoked = false;
        Integer bits = null;
        if (!tags.has("p")) {
            problem(Status.FAIL, Msg.of("dkim.key.no_public_key"));
        } else {
            String p = tags.get("p").replaceAll("\\s+", "");
            if (p.isEmpty()) {
                revoked = true;
                problem(signedWith ? Status.FAIL : Status.INFO, Msg.of("dkim.key.revoked"));
            } else if (knownType) {
                bits = keySize(keyType, p);
            }
        }
        if (revoked && status == Status.PASS) {
            status = Status.INFO; // a withdrawn key that nothing was signed with: neither good nor bad
        }
        return new KeyVerdict(status, keyType, bits, revoked, testing, flags.contains("s"), tags.get("n"), problems);
    }

    /** v= is optional, but when present it must be the first tag and exactly "DKIM1". */
    private void checkVersion(TagList tags) {
        if (!tags.has("v")) {
            return;
        }
        if (!tags.firstName().equals("v")) {
            problem(Status.FAIL, Msg.of("dkim.key.version_not_first"));
        }
        if (!tags.get("v").equals("DKIM1")) {
            problem(Status.FAIL, Msg.of("dkim.key.bad_version", tags.get("v")));
        }
    }

    /** h= limits the hashes; RFC 8301 forbids verifying rsa-sha1, so a sha1-only key verifies nothing. */
    private void checkHashes(TagList tags) {
        if (!tags.has("h")) {
            return;
        }
        List<String> hashes = TagList.items(tags.get("h"));
        if (!hashes.contains("sha256")) {
            problem(Status.FAIL, hashes.contains("sha1") ? Msg.of("dkim.key.sha1_only")
                    : Msg.of("dkim.key.no_known_hash", tags.get("h")));
        }
    }

    /** s= limits the services; without "*" or "email" the key does not verify mail (e.g. s=tlsrpt). */
    private void checkServices(TagList tags) {
        if (!tags.has("s")) {
            return;
        }
        List<String> services = TagList.items(tags.get("s"));
        if (!services.contains("*") && !services.contains("email")) {
            problem(Status.FAIL, Msg.of("dkim.key.not_for_email", tags.get("s")));
        }
    }

    private Integer keySize(String keyType, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            problem(Status.FAIL, Msg.of("dkim.key.bad_base64"));
            return null;
        }
        if (keyType.equals("ed25519")) {
            if (key.length != PublicKeys.ED25519_BYTES) {
                problem(Status.FAIL, Msg.of("dkim.key.ed25519_length", key.length));
                return null;
            }
            // Many receivers still verify RSA only (RFC 8463 asks signers to sign with both).
            problem(Status.INFO, Msg.of("dkim.key.ed25519_with_rsa"));
            return 256;
        }
        OptionalInt bits = PublicKeys.rsaBits(key);
        if (bits.isEmpty()) {
            problem(Status.FAIL, Msg.of("dkim.key.unreadable_rsa"));
            return null;
        }
        int n = bits.getAsInt();
        if (n < RSA_MINIMUM_BITS) {
            problem(Status.FAIL, Msg.of("dkim.key.rsa_too_short", n, RSA_MINIMUM_BITS));
        } else if (n < RSA_RECOMMENDED_BITS) {
            problem(Status.WARN, Msg.of("dkim.key.rsa_short", n, RSA_RECOMMENDED_BITS));
        }
        return n;
    }

    private void problem(Status severity, Msg msg) {
        problems.add(msg);
        status = StatusRank.worse(status, severity);
    }
}
