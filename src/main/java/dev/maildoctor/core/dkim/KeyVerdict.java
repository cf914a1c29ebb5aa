package dev.maildoctor.core.dkim;

import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import java.util.List;

/**
 * What one key record says, judged.
 *
 * @param keyType  the k= value ("rsa" when absent), as published
 * @param keyBits  RSA modulus bits or 256 for Ed25519; null when the key could not be read
 * @param revoked  p= is empty: the key was withdrawn
 * @param testing  t=y: receivers may treat failures as if unsigned
 * @param strict   t=s: the i= domain must equal d=, no sub-domains
 * @param notes    the n= tag, or null
 */
record KeyVerdict(Status status, String keyType, Integer keyBits, boolean revoked, boolean testing, boolean strict,
                  String notes, List<Msg> problems) {
    KeyVerdict {
        problems = List.copyOf(problems);
    }
}
