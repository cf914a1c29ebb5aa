/**
 * DMARC (RFC 7489, with the DMARCbis tags noted): finding a domain's record, including the fallback to
 * its organisational domain, reading its tags, judging its policy and advising the next step, and
 * checking that external report destinations accept the reports.
 * {@link dev.maildoctor.core.dmarc.DmarcChecker} is the entry point for a domain;
 * {@link dev.maildoctor.core.dmarc.DmarcRecordParser} reads a record given as text.
 */
package dev.maildoctor.core.dmarc;
