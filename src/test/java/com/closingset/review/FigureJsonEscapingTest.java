package com.closingset.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written JSON's strings read back, by a real parser, as exactly what was written, in ASCII. */
class FigureJsonEscapingTest {

    @ParameterizedTest
    @ValueSource(strings = {"plain", "Smith \"Quoted\" & Co.", "back\\slash", "line\nbreak\ttab\r", "bell\u0007 nul\u0000 del\u007f",
        "Société Générale – “Fund” ½", "astral \uD83D\uDCB0 sign", "</script>"})
    void aStringReadsBackUnchanged(String text) throws Exception {
        String json = FigureJson.string(text);
        assertThat(json).matches("\\p{ASCII}*");
        assertThat(new ObjectMapper().readValue(json, String.class)).isEqualTo(text);
    }
}
