package com.closingset.pdf;

import java.util.Optional;

/**
 * The characters the PDFs can print with one font chain: Liberation's and its fallbacks'. Asked of a
 * deal's text when it is read, so that a name no font can print is reported at its field, not in a
 * document drawn from it. Thread-safe: its faces are its own, asked one text at a time.
 */
public final class Repertoire {
    private final HouseStyle house;
    private final int fallbacks;

    public Repertoire(FontChain chain) {
        this.house = new HouseStyle(chain);
        this.fallbacks = chain.typefaces().size();
    }

    /** What stops {@code text} printing, as a message; empty when every character has a glyph. */
    public synchronized Optional<String> problem(String text) {
        try {
            house.runs(TextStyle.of(HouseStyle.BODY_SIZE), text);
            house.runs(TextStyle.of(HouseStyle.BODY_SIZE).withBold(), text);
            return Optional.empty();
        } catch (UnprintableText e) {
            return Optional.of("the text holds " + UnprintableText.name(e.codePoint())
                    + ", which no font of the PDFs has (Liberation, nor the " + fallbacks
                    + " fallback fonts installed); write it another way"
                    + " or add a font that has it to the kit's fonts/ folder");
        }
    }
}
