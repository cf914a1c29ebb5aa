package dev.maildoctor.core.kb;

import java.util.Optional;

/**
 * A DNS blocklist named in a rejection ("blocked using zen.spamhaus.org"), looked up in the list
 * catalogue where possible.
 *
 * @param zone      the zone as the reply names it, or the catalogue's zone when the reply names the list otherwise
 * @param name      the catalogue's name of the list, or the zone when the catalogue does not know it
 * @param listId    the catalogue id, when known
 * @param delistUrl the catalogue's delisting page, when known and the list is still operated
 */
public record BlocklistRef(String zone, String name, Optional<String> listId, Optional<String> delistUrl) {

    /** "Spamhaus ZEN (zen.spamhaus.org)", or just the zone for lists the catalogue does not know. */
    public String display() {
        return name.equals(zone) ? zone : name + " (" + zone + ")";
    }
}
