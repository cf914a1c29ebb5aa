package dev.maildoctor.core.auth;

import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;

/**
 * One requirement of the bulk-sender rules and how the findings meet it.
 *
 * @param id      stable identifier for scripts ({@code spf}, {@code dkim}, {@code dmarc}, ...)
 * @param status  PASS, WARN, FAIL, or UNKNOWN when the checks run cannot tell
 * @param message what was found and, when not met, what to do
 */
public record ChecklistItem(String id, Status status, Msg message) {
}
