package com.closingset.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.closingset.deal.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long a text may be is the kit's to say, in YAML: {@code max_length:} on a text field, with
 * {@code expected:} words for what it holds. A deal's longer text stops at its line; editors are told
 * the limit by the JSON Schema; a limit on anything but text is a mistake at the kit's own line.
 */
class ALimitOnATextIsTheKitsToStateTest {
    private static final String NAME = "name: {type: text, description: Its name}";

    @TempDir
    Path dir;

    private Path kit(String nameField) throws Exception {
        Path templates = MiniKit.write(dir, "");
        Path kitYaml = templates.resolve("mini/kit.yaml");
        Files.writeString(kitYaml, Files.readString(kitYaml).replace(NAME, nameField));
        return templates;
    }

    @Test
    void aLongerTextStopsTheDealAtItsLine() throws Exception {
        Path templates = kit("name: {type: text, max_length: 4, expected: a name, description: Its name}");
        assertThat(MiniKit.error(templates, MiniKit.DEAL.replace("name: Mini", "name: Minim")))
                .isEqualTo("deal/x.yaml:3:9: deal.name: expected a name of at most 4 characters, got 5");
        assertThat(MiniKit.load(templates, MiniKit.DEAL).name()).isEqualTo("Mini");
    }

    @Test
    void withoutWordsForItTheMessageSaysText() throws Exception {
        Path templates = kit("name: {type: text, max_length: 3, description: Its name}");
        assertThat(MiniKit.error(templates, MiniKit.DEAL))
                .isEqualTo("deal/x.yaml:3:9: deal.name: expected text of at most 3 characters, got 4");
    }

    @Test
    void theJsonSchemaGivesEditorsTheLimit() throws Exception {
        Path templates = kit("name: {type: text, max_length: 4, expected: a name, description: Its name}");
        assertThat(JsonSchema.of(Kits.in(templates).kit("mini"))).contains("\"maxLength\": 4");
    }

    @Test
    void aLimitOnANumberIsTheKitsMistake() throws Exception {
        Path templates = MiniKit.write(dir, "");
        Path kitYaml = templates.resolve("mini/kit.yaml");
        Files.writeString(kitYaml, Files.readString(kitYaml).replace("units: {type: whole number,", "units: {type: whole number, max_length: 3,"));
        Throwable t = catchThrowable(() -> MiniKit.load(templates, MiniKit.DEAL));
        assertThat(t).isInstanceOf(InputException.class);
        assertThat(t.getMessage()).isEqualTo("templates/mini/kit.yaml:16:47: schema.terms.fields.units.max_length:"
                + " only a text field has a max_length, not a whole number field");
    }
}
