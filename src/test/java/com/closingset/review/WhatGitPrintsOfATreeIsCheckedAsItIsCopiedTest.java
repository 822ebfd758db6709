package com.closingset.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.closingset.deal.InputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The last commit's templates are copied out of {@code git cat-file --batch} as it prints them, one
 * object after another. Output that is not what was asked for stops the copy with one line naming
 * the object, rather than writing a file of the wrong bytes.
 */
class WhatGitPrintsOfATreeIsCheckedAsItIsCopiedTest {
    private static final String ID = "a".repeat(40);
    private static final String OTHER = "b".repeat(40);

    private static ObjectBatch batch(String printed) {
        return new ObjectBatch("git tree t", new ByteArrayInputStream(printed.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void eachObjectIsCopiedWithItsBytesInTheOrderAsked() throws Exception {
        ObjectBatch objects = batch(ID + " blob 5\nab\ncd\n" + OTHER + " blob 0\n\n");
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();

        objects.next(ID, first);
        objects.next(OTHER, second);

        assertThat(first.toString(StandardCharsets.ISO_8859_1)).isEqualTo("ab\ncd");
        assertThat(second.size()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another object             | @OTHER@ blob 3\\nabc\\n | git did not give the object @ID@: @OTHER@ blob 3
            an object git does not have | @ID@ missing\\n        | git did not give the object @ID@: @ID@ missing
            no size                    | @ID@ blob many\\nabc\\n | git gave the object @ID@ without its size
            a size below nothing       | @ID@ blob -3\\nabc\\n   | git gave the object @ID@ without its size
            fewer bytes than its size  | @ID@ blob 9\\nabc      | git gave the object @ID@ cut short
            no line end after it       | @ID@ blob 3\\nabcd     | git gave the object @ID@ cut short
            """)
    void outputNotAsAskedIsOneLine(String what, String printed, String line) {
        ObjectBatch objects = batch(ids(printed).replace("\\n", "\n"));

        assertThatThrownBy(() -> objects.next(ID, new ByteArrayOutputStream()))
                .isInstanceOf(InputException.class)
                .hasMessage("git tree t: " + ids(line));
    }

    @Test
    void aLinksPathIsReadWithinItsBound() throws Exception {
        ObjectBatch objects = batch(ID + " blob 9\n../forms\n\n" + OTHER + " blob 5\nabcde\n");

        assertThat(new String(objects.small(ID, 9), StandardCharsets.ISO_8859_1)).isEqualTo("../forms\n");
        assertThatThrownBy(() -> objects.small(OTHER, 4))
                .isInstanceOf(InputException.class)
                .hasMessage("git tree t: git gave the object " + OTHER + " as 5 bytes, more than the 4 it can be");
    }

    private static String ids(String text) {
        return text.replace("@ID@", ID).replace("@OTHER@", OTHER);
    }
}
