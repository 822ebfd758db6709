package com.closingset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.deal.DealFixture;
import com.closingset.kit.Field;
import com.closingset.kit.FieldType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code closingset schema} prints the kit's deal schema as JSON Schema (draft-07) with every field's
 * description; the kit keeps it as deal.schema.json, and each deal file's first line points editors at it.
 */
class SchemaCommandTest {
    private static final Path COMMITTED = DealFixture.KIT.resolve("deal.schema.json");

    private static String schema() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(ClosingSetCommand.run(new String[] {"schema", "--kit", "registered-direct"}, new PrintWriter(out, true),
                new PrintWriter(err, true))).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void theKitsCommittedSchemaIsWhatTheCommandPrints() throws Exception {
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("templates/registered-direct/deal.schema.json is stale: closingset schema > it")
                .isEqualTo(schema());
    }

    @Test
    void itIsDraft07WithEveryFieldDescribedAndTheRequiredOnesListed() throws Exception {
        JsonNode root = new ObjectMapper().readTree(schema());
        assertThat(root.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(root.get("additionalProperties").asBoolean()).isFalse();
        List<String> undescribed = new ArrayList<>();
        walk(DealFixture.kit().schema(), root, "", undescribed);
        assertThat(undescribed).isEmpty();
        JsonNode offering = root.get("properties").get("offering");
        assertThat(offering.get("required").toString()).contains("\"price_per_unit\"").doesNotContain("warrant_number_prefix");
        assertThat(offering.get("properties").get("warrant_rounding").get("enum").toString()).isEqualTo("[\"down\",\"half-up\",\"up\"]");
        assertThat(offering.get("properties").get("warrant_term_years").get("maximum").asInt()).isEqualTo(30);
        JsonNode investors = root.get("properties").get("investors");
        assertThat(investors.get("type").asText()).isEqualTo("array");
        assertThat(investors.get("items").get("properties").get("address").get("properties").has("postal_code")).isTrue();
    }

    @Test
    void everyDealFileNamesTheSchemaOnItsFirstLine() throws Exception {
        for (Path deal : List.of(Path.of("deal/capstone-2007.yaml"), Path.of("deal/northwind-2031.yaml"))) {
            String first = Files.readAllLines(deal).get(0);
            assertThat(first).isEqualTo("# yaml-language-server: $schema=../templates/registered-direct/deal.schema.json");
            assertThat(deal.getParent().resolve(first.substring(first.indexOf('=') + 1))).exists();
        }
    }

    /** Each field of the kit has a JSON property with a description, at the same place. */
    private static void walk(Field group, JsonNode node, String path, List<String> undescribed) {
        JsonNode properties = (group.isListOfRecords() ? node.get("items") : node).get("properties");
        for (Field f : group.fields()) {
            JsonNode p = properties.get(f.name());
            if (p == null || !p.has("description") || p.get("description").asText().isBlank()) {
                undescribed.add(path + f.name());
                continue;
            }
            if (f.type() == FieldType.GROUP || f.isListOfRecords()) {
                walk(f, p, path + f.name() + ".", undescribed);
            }
        }
    }
}
