package dev.maildoctor.core.dmarc;

/** One {@code name=value} pair of a record; {@code position} is the 1-based character where the name starts. */
record Tag(String name, String value, int position) {
}
