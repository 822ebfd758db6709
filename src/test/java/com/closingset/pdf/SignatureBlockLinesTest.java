package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.api.Test;

/**
 * A signature block is a run of short lines as the PDF draws them. Running text laid out one
 * sentence per line has short source lines but draws as long ones: it neither joins the block
 * nor stops the block from starting after it.
 */
class SignatureBlockLinesTest {
    private static final String BLOCK = """
            **CAPSTONE TURBINE CORPORATION**

            By: /s/ Walter J. McBride\\
            Name: Walter J. McBride\\
            Title: EVP/CFO
            """;

    @Test
    void runningTextInShortSentenceLinesIsNotPartOfTheBlock() {
        Node document = Parser.builder().build().parse("""
                The Company has signed this Warrant.
                Its officer signs for it.
                The date is the one first written above.

                """ + BLOCK);
        Paragraph text = (Paragraph) document.getFirstChild();
        Paragraph company = (Paragraph) text.getNext();

        assertThat(SignatureBlock.openedBy(text)).isEmpty();
        assertThat(SignatureBlock.openedBy(company)).containsExactly(company, company.getNext());
    }

    @Test
    void aSentenceStartingWithByInRunningTextIsNoSignatureLine() {
        Node document = Parser.builder().build().parse("""
                **Notice.**
                By: mail.
                """);
        assertThat(SignatureBlock.openedBy((Paragraph) document.getFirstChild())).isEmpty();
    }
}
