package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A PDF reader follows whatever a link holds: a template's link may go to a web or mail address or a
 * heading of the document, and any other (a {@code javascript:} or {@code file:} link) stops the
 * build at the template's line.
 */
class LinksGoOnlyWhereADocumentMayTest extends OneTemplate {
    @ParameterizedTest
    @ValueSource(strings = {"[the Commission](https://www.sec.gov/)", "[EDGAR](http://www.sec.gov/edgar)",
            "[write to us](mailto:counsel@example.com)", "[Section 1](#section-1)", "<https://www.sec.gov/>"})
    void webMailAndHeadingLinksAreKept(String link) throws Exception {
        assertThat(assemble("See " + link + ".\n")).contains(link);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[click](javascript:alert(1))", "[the file](file:///etc/passwd)", "[next](other.pdf)",
            "<javascript:alert(1)>", "[the archive](ftp://example.com/x)"})
    void anyOtherLinkStopsTheBuildAtItsLine(String link) {
        assertThatThrownBy(() -> assemble("Text.\n\nSee " + link + ".\n"))
                .isInstanceOf(AssemblyException.class)
                .hasMessageStartingWith("templates/t.md.ftl:3:1 (line 3 of t.md): a link to \"")
                .hasMessageEndingWith("a document's links may go to https:, http: or mailto: addresses or to a heading"
                        + " of the document (#...), and a PDF reader would follow this one");
    }
}
