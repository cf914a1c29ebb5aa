package dev.maildoctor.core.dmarc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Organisational domains by the Public Suffix List, including OpenDMARC's test_tld.c vectors. */
class OrganizationalDomainTest {

    /**
     * dmarc-opendmarc/org-domain.tsv (BSD-3-Clause). OpenDMARC ran these against its 2012 copy of the
     * list; the current list Guava bundles gives the same answers for all three, so none differ.
     */
    @TestFactory
    Stream<DynamicTest> openDmarcVectors() {
        List<String[]> rows = CorpusFiles.tsv("dmarc-opendmarc/org-domain.tsv");
        assertThat(rows).hasSize(3);
        return rows.stream().map(row -> DynamicTest.dynamicTest(row[1] + " -> " + row[2],
                () -> assertThat(OrganizationalDomain.of(row[1])).isEqualTo(row[2])));
    }

    @Test
    void ordinaryAndMultiLabelSuffixes() {
        assertThat(OrganizationalDomain.of("mail.example.com")).isEqualTo("example.com");
        assertThat(OrganizationalDomain.of("example.com")).isEqualTo("example.com");
        assertThat(OrganizationalDomain.of("a.b.example.co.jp")).isEqualTo("example.co.jp");
        assertThat(OrganizationalDomain.of("shop.example.tokyo.jp")).isEqualTo("example.tokyo.jp");
        assertThat(OrganizationalDomain.of("news.bbc.co.uk")).isEqualTo("bbc.co.uk");
    }

    @Test
    void caseTrailingDotAndInternationalNames() {
        assertThat(OrganizationalDomain.of("Mail.Example.COM.")).isEqualTo("example.com");
        assertThat(OrganizationalDomain.of("mail.日本語.jp")).isEqualTo("xn--wgv71a119e.jp");
    }

    @Test
    void privateSectionSuffixesCountToo() {
        assertThat(OrganizationalDomain.of("alice.github.io")).isEqualTo("alice.github.io");
    }

    @Test
    void publicSuffixesAndUnlistedTopLevelDomains() {
        assertThat(OrganizationalDomain.of("co.jp")).isEqualTo("co.jp");
        assertThat(OrganizationalDomain.of("com")).isEqualTo("com");
        // The list's default rule "*": an unlisted TLD is a suffix, so one label below it is the organisation.
        assertThat(OrganizationalDomain.of("a.b.example.test")).isEqualTo("example.test");
    }

    @Test
    void labelsThatAreNotHostNamesAreBelowTheSuffix() {
        assertThat(OrganizationalDomain.of("_dmarc.example.com")).isEqualTo("example.com");
        assertThat(OrganizationalDomain.of("a_b.mail.example.co.jp")).isEqualTo("example.co.jp");
    }

    @Test
    void sameOrganisation() {
        assertThat(OrganizationalDomain.same("reports.example.com", "example.com")).isTrue();
        assertThat(OrganizationalDomain.same("example.net", "example.com")).isFalse();
    }
}
