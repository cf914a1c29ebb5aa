package dev.maildoctor.core.message.mime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns a text part's bytes into a String. The declared charset is tried first, strictly; when it is
 * missing, unknown or wrong (common in bounces from Japanese carriers and old MTAs) the bytes decide:
 * ISO-2022-JP escapes, valid UTF-8, then Shift_JIS or EUC-JP by their byte ranges.
 */
public final class TextDecoding {
    private static final Charset SHIFT_JIS = lookup("windows-31j");
    private static final Charset EUC_JP = lookup("EUC-JP");
    private static final Charset ISO_2022_JP = lookup("ISO-2022-JP");
    private static final Charset ISO_2022_JP_MS = lookup("x-windows-iso2022jp");

    private TextDecoding() {
    }

    /** The text, and whether the charset had to be guessed because the declared one did not fit. */
    public record Decoded(String text, String charset, boolean guessed) {
    }

    public static Decoded decode(byte[] bytes, String declared) {
        String name = declared == null ? "" : declared.strip().toLowerCase(Locale.ROOT);
        boolean ascii = true;
        boolean escape = false;
        for (byte b : bytes) {
            if (b < 0) {
                ascii = false;
                break;
            }
            if (b == 0x1B) {
                escape = true;
            }
        }
        if (ascii) {
            if (escape && ISO_2022_JP != null) {
                String jis = strict(bytes, ISO_2022_JP);
                if (jis == null && ISO_2022_JP_MS != null) {
                    jis = lenient(bytes, ISO_2022_JP_MS);
                }
                if (jis != null) {
                    return new Decoded(jis, "iso-2022-jp", !name.startsWith("iso-2022-jp"));
                }
            }
            return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), name.isEmpty() ? "us-ascii" : name, false);
        }
        Charset charset = forName(name);
        if (charset != null && !name.equals("us-ascii")) {
            String text = strict(bytes, charset);
            if (text != null) {
                return new Decoded(text, name, false);
            }
        }
        return guess(bytes, !name.isEmpty());
    }

    /** Decodes 8-bit bytes of unknown charset: UTF-8 if valid, else Japanese, else Windows-1252. */
    public static Decoded guess(byte[] bytes, boolean hadDeclared) {
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "utf-8", hadDeclared);
        }
        Charset japanese = looksLikeShiftJis(bytes) ? SHIFT_JIS : EUC_JP;
        Charset other = japanese == SHIFT_JIS ? EUC_JP : SHIFT_JIS;
        for (Charset c : new Charset[] {japanese, other}) {
            if (c != null) {
                String text = strict(bytes, c);
                if (text != null) {
                    return new Decoded(text, c.name().toLowerCase(Locale.ROOT), true);
                }
            }
        }
        if (japanese != null && japaneseShare(bytes) > 0.5) {
            return new Decoded(lenient(bytes, japanese), japanese.name().toLowerCase(Locale.ROOT), true);
        }
        return new Decoded(lenient(bytes, Charset.forName("windows-1252")), "windows-1252", true);
    }

    /** Lead bytes 0x81-0x9F occur in Shift_JIS and never in EUC-JP. */
    private static boolean looksLikeShiftJis(byte[] bytes) {
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v >= 0x81 && v <= 0x9F && v != 0x8E) {
                return true;
            }
        }
        return false;
    }

    private static double japaneseShare(byte[] bytes) {
        int high = 0;
        int pairs = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            int v = bytes[i] & 0xFF;
            if (v >= 0x80) {
                high++;
                int w = bytes[i + 1] & 0xFF;
                if (w >= 0x40) {
                    pairs++;
                    i++;
                }
            }
        }
        return high == 0 ? 0 : (double) pairs / high;
    }

    static Charset forName(String name) {
        if (name.isEmpty()) {
            return null;
        }
        switch (name) {
            case "shift_jis", "shift-jis", "sjis", "x-sjis", "cp932", "ms932", "windows-31j" -> {
                return SHIFT_JIS;
            }
            case "iso-2022-jp", "iso-2022-jp-1", "iso-2022-jp-2", "iso-2022-jp-3", "jis", "csiso2022jp" -> {
                return ISO_2022_JP_MS != null ? ISO_2022_JP_MS : ISO_2022_JP;
            }
            case "x-euc-jp", "euc-jp", "eucjp" -> {
                return EUC_JP;
            }
            default -> {
                return lookup(name);
            }
        }
    }

    private static Charset lookup(String name) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, Charset charset) {
        return new String(bytes, charset);
    }
}
