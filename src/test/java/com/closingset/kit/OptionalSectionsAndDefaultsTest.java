package com.closingset.kit;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.Deal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kit's schema may make a whole section optional, give a field a default or take it from a
 * sibling, and leave an optional list empty; a default that its type cannot hold stops the kit.
 */
class OptionalSectionsAndDefaultsTest {
    private static final String MORE = """
              escrow:
                optional: yes
                description: An account that may not be there.
                fields:
                  bank: {type: text, description: The bank}
                  days: {type: days, default: "3", description: Days held}
                  short_bank: {type: text, default_from: bank, description: The bank's short name}
              notes: {type: list, of: text, optional: yes, description: Notes}
              chosen: {type: choice, values: [a, b], default: b, description: A choice}
            """;

    @TempDir
    Path dir;

    @Test
    void anOptionalSectionLeftOutIsAbsentAndAnOptionalListIsEmpty() throws Exception {
        Deal deal = MiniKit.load(MiniKit.write(dir, MORE), MiniKit.DEAL);
        assertThat(deal.values()).doesNotContainKey("escrow");
        assertThat(deal.value("notes")).isEqualTo(List.of());
        assertThat(deal.value("chosen")).isEqualTo("b");
    }

    @Test
    void aSectionGivenTakesItsDefaultsAndDefaultsFromSiblings() throws Exception {
        Deal deal = MiniKit.load(MiniKit.write(dir, MORE), MiniKit.DEAL + "escrow:\n  bank: First Bank of Dover\n");
        assertThat(deal.value("escrow.days")).isEqualTo(3L);
        assertThat(deal.value("escrow.short_bank")).isEqualTo("First Bank of Dover");
    }

    @Test
    void aDefaultItsTypeCannotHoldStopsTheKit() {
        Path templates = MiniKit.write(dir, "  late: {type: days, default: soon, description: Days late}\n");
        assertThat(MiniKit.error(templates, MiniKit.DEAL))
                .startsWith("templates/mini/kit.yaml:22:31:").contains("schema.late.default: expected a default a days field can hold, got \"soon\"");
    }
}
