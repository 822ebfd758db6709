package com.closingset.deal;

import java.util.List;

/** A headed part of the 8-K's "Other Events" item, in the issuer's own words. */
public record ReportSection(String heading, List<String> paragraphs) {
}
