package dev.maildoctor.core.dmarc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one DMARC record by RFC 7489, noting the DMARCbis tags (np, psd, t) receivers have started to
 * use. Broken values of optional tags fall back to their defaults (§6.3), so they are warnings; a
 * broken p= or sp= changes what receivers do (§6.6.3 step 6), so it is a failure.
 */
public final class DmarcRecordParser {
    private static final Pattern VERSION = Pattern.compile("(?i)\\s*v\\s*=\\s*DMARC1\\s*(;.*)?", Pattern.DOTALL);
    private static final Pattern SPF = Pattern.compile("(?i)\\s*v=spf1(\\s.*)?", Pattern.DOTALL);
    private static final Pattern PCT = Pattern.compile("\\d{1,3}");
    private static final Pattern RI = Pattern.compile("\\d{1,32}");
    private static final long DEFAULT_RI = 86_400;

    private DmarcRecordParser() {
    }

    /** True for TXT text that receivers take for a DMARC record ("v=DMARC1" first); others are discarded. */
    public static boolean looksLikeDmarc(String txt) {
        return VERSION.matcher(txt).matches();
    }

    public static DmarcRecord parse(String text) {
        List<DmarcIssue> issues = new ArrayList<>();
        if (text.isBlank()) {
            issues.add(DmarcIssue.fail("dmarc.record.empty"));
            return TagValues.notDmarc(text, issues);
        }
        if (SPF.matcher(text).matches()) {
            issues.add(DmarcIssue.fail("dmarc.record.spf"));
            return TagValues.notDmarc(text, issues);
        }
        TagTokenizer.Result tokens = TagTokenizer.tokenize(text);
        issues.addAll(tokens.syntaxErrors());
        List<Tag> tags = tokens.tags();
        if (tags.isEmpty() || !tags.get(0).name().equals("v")) {
            issues.add(DmarcIssue.fail("dmarc.version.not_first"));
            return TagValues.notDmarc(text, issues);
        }
        if (!tags.get(0).value().equalsIgnoreCase("DMARC1")) {
            issues.add(DmarcIssue.fail("dmarc.version.bad", tags.get(0).value()));
            return TagValues.notDmarc(text, issues);
        }
        if (!tags.get(0).value().equals("DMARC1")) {
            issues.add(DmarcIssue.warn("dmarc.version.case", tags.get(0).value()));
        }
        Map<String, Tag> byName = firstOfEach(tags, issues);
        if (byName.containsKey("p") && tags.size() > 1 && !tags.get(1).name().equals("p")) {
            issues.add(DmarcIssue.warn("dmarc.policy.not_second"));
        }
        return new TagValues(byName, issues).toRecord(text);
    }

    private static Map<String, Tag> firstOfEach(List<Tag> tags, List<DmarcIssue> issues) {
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : tags) {
            Tag first = byName.putIfAbsent(tag.name(), tag);
            if (first != null) {
                issues.add(DmarcIssue.fail("dmarc.tag.duplicate", tag.name(), tag.position(), first.value(), tag.value()));
            }
        }
        return byName;
    }

    static Optional<Integer> pct(String value) {
        return PCT.matcher(value).matches() && Integer.parseInt(value) <= 100
                ? Optional.of(Integer.parseInt(value)) : Optional.empty();
    }

    static Optional<Long> ri(String value) {
        if (!RI.matcher(value).matches()) {
            return Optional.empty();
        }
        // 32 digits are allowed; anything beyond a long is "never", which Long.MAX_VALUE says well enough.
        return Optional.of(value.length() > 18 ? Long.MAX_VALUE : Long.parseLong(value));
    }

    static long defaultRi() {
        return DEFAULT_RI;
    }
}
