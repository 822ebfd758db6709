package com.closingset.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The invented deals of deal/ share no fact with Capstone or Northwind: no party, person, street,
 * telephone, file or registration number, share count or issuer prose of theirs appears in their
 * committed documents, nor "NASD" (they are priced after July 30, 2007), nor "Certificate of
 * Incorporation" (none is a Delaware or New York corporation). Generic words the kit itself prints
 * (a state, a time zone, a form name) are not facts of a deal.
 */
class InventedDealsCarryNoFactOfTheOthersTest {
    private static final List<String> OTHERS = List.of("deal/capstone-2007.yaml", "deal/northwind-2031.yaml");
    /**
     * Values of the other deals too generic to be a fact of one: words the kit prints for many deals,
     * states and cities, officers' titles and exchanges, which any two deals may share.
     */
    private static final Set<String> GENERIC = Set.of("corporation", "New York", "BUSINESS WIRE", "California", "Colorado",
            "Delaware", "Nevada", "Texas", "America/New_York", "America/Los_Angeles", "America/Denver", "half-up", "registered-direct",
            "Los Angeles", "Austin", "Chief Executive Officer", "Chief Financial Officer", "Managing Director",
            "the New York Stock Exchange", "Nasdaq", "Calif.", "New York City time");
    /** The NASD as an organization; the name of one of its rules that FINRA kept ("NASD Rule 1011") is a citation. */
    private static final java.util.regex.Pattern NASD = java.util.regex.Pattern.compile("\\bNASD\\b(?! Rule)");

    @ParameterizedTest
    @ValueSource(strings = {"lumen-ridge-2019", "brazos-grid-2014"})
    void noFactOfCapstoneOrNorthwindAppears(String deal) throws IOException {
        String set = documents(Path.of("output", deal));
        List<String> leaked = new ArrayList<>();
        for (String other : OTHERS) {
            for (String fact : facts(Path.of(other))) {
                if (set.contains(fact)) {
                    leaked.add(other + ": " + fact);
                }
            }
        }
        assertThat(leaked).isEmpty();
        assertThat(set).doesNotContainIgnoringCase("certificate of incorporation");
        assertThat(NASD.matcher(set).find()).as("the NASD named in a deal priced after July 30, 2007").isFalse();
    }

    private static String documents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> markdown = files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("index.md")).sorted().toList();
            assertThat(markdown).isNotEmpty();
            StringBuilder all = new StringBuilder();
            for (Path f : markdown) {
                all.append(Files.readString(f)).append('\n');
            }
            return all.toString();
        }
    }

    /** A deal's distinctive values: every text of six characters or more, and every number of five digits or more, grouped. */
    private static Set<String> facts(Path deal) throws IOException {
        Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(deal));
        Set<String> out = new TreeSet<>();
        collect(tree, out);
        out.removeAll(GENERIC);
        return out.stream().filter(v -> !v.startsWith("deal/")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void collect(Object node, Set<String> out) {
        if (node instanceof Map<?, ?> m) {
            m.values().forEach(v -> collect(v, out));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collect(v, out));
        } else if (node instanceof String s && s.strip().length() >= 6) {
            out.add(s.strip());
        } else if (node instanceof Integer i && i >= 10_000) {
            out.add(String.format("%,d", i));
        }
    }
}
