package com.closingset.deal;

import com.closingset.kit.Field;
import com.closingset.kit.Kit;
import com.closingset.kit.SampleRecipe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A valid deal file of any size, for measuring and testing builds at size: a kit's base deal (its
 * {@code sample:}) with a list filled with generated items (names, people, addresses, round lots) and
 * the items' total written in. The same count and seed give the same bytes on any machine: the only
 * source of variety is a {@link SplittableRandom} seeded by the caller, and the word lists below.
 */
public final class SampleDeal {
    /** The seed used when none is given, so {@code closingset sample --investors 100} is always the same file. */
    public static final long DEFAULT_SEED = 2031L;

    private static final List<String> FIRST_WORDS = List.of(
            "Alder", "Basalt", "Birch", "Bluestem", "Briar", "Cedar", "Cobalt", "Copper", "Cypress", "Driftwood",
            "Elm", "Falcon", "Fern", "Flint", "Garnet", "Granite", "Harbor", "Hazel", "Heron", "Ironwood",
            "Juniper", "Kestrel", "Larch", "Linden", "Maple", "Meridian", "Osprey", "Pinecrest", "Quarry",
            "Redwood", "Saltmarsh", "Sandstone", "Sequoia", "Silverline", "Slate", "Spruce", "Summit",
            "Tamarack", "Thistle", "Westerly", "Willow", "Yarrow");
    private static final List<String> SECOND_WORDS = List.of(
            "Bay", "Bridge", "Brook", "Canyon", "Crossing", "Field", "Glen", "Grove", "Harbor", "Hill", "Hollow",
            "Lake", "Landing", "Meadow", "Mesa", "Mill", "Peak", "Point", "Ridge", "River", "Rock", "Shore",
            "Springs", "Stone", "Valley", "Vista");
    private static final List<String> KINDS = List.of(
            "Capital Management, L.P.", "Partners LLC", "Ventures Fund II, L.P.", "Family Office Trust",
            "Opportunity Fund, Ltd.", "Investors LLC", "Master Fund, L.P.", "Asset Management LLC");
    private static final List<String> GIVEN_NAMES = List.of(
            "Ada", "Bram", "Celia", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonah", "Kamala",
            "Luis", "Marta", "Nikolai", "Odile", "Pavel", "Quinn", "Rosa", "Soren", "Tamsin", "Umar", "Vera",
            "Wendell", "Ximena", "Yusuf", "Zora");
    private static final List<String> FAMILY_NAMES = List.of(
            "Abernathy", "Brandt", "Carvalho", "Delacroix", "Ellison", "Ferreira", "Gallagher", "Holm", "Ibarra",
            "Jansen", "Kowalski", "Lindqvist", "Mbeki", "Nakamura", "Okafor", "Petrov", "Quintero", "Rasmussen",
            "Sato", "Thornton", "Underhill", "Varga", "Whitlock", "Xu", "Yilmaz", "Zeller");
    private static final List<String> STREETS = List.of(
            "Congress Avenue", "Third Avenue", "Kearny Street", "Hanover Square", "Market Street", "Main Street",
            "Lincoln Street", "Pearl Street", "Water Street", "Commerce Street", "Park Avenue", "Elm Street");
    /** City, state and a postal code of that city: an address the loader and the templates take as real. */
    private static final List<String[]> CITIES = List.of(
            new String[] {"Austin", "Texas", "78701"}, new String[] {"Seattle", "Washington", "98101"},
            new String[] {"Portland", "Oregon", "97204"}, new String[] {"Charleston", "South Carolina", "29401"},
            new String[] {"Boston", "Massachusetts", "02110"}, new String[] {"Chicago", "Illinois", "60603"},
            new String[] {"Denver", "Colorado", "80202"}, new String[] {"Minneapolis", "Minnesota", "55402"},
            new String[] {"New York", "New York", "10005"}, new String[] {"San Francisco", "California", "94105"},
            new String[] {"Atlanta", "Georgia", "30303"}, new String[] {"Greenwich", "Connecticut", "06830"});

    private SampleDeal() {
    }

    /**
     * The deal file's text for {@code kit}, as its {@code sample:} says: the base deal with {@code items}
     * generated items (at least 1) in its list, from {@code seed}.
     */
    public static String yaml(Kit kit, int items, long seed) throws InputException {
        if (items < 1) {
            throw new IllegalArgumentException("a deal needs at least one item, got " + items);
        }
        SampleRecipe recipe = kit.sample().orElseThrow(() -> new InputException(kit.shownFile(), 0, 0, "sample",
                "the kit has no sample: to make one, give kit.yaml a \"sample:\" (base, list, items, total)"));
        Field list = kit.field(recipe.list()).orElseThrow();
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder out = new StringBuilder(recipe.list() + ":\n");
        Set<String> names = new HashSet<>();
        long total = 0;
        for (int i = 1; i <= items; i++) {
            Map<String, String> values = new HashMap<>();
            for (Map.Entry<String, String> g : recipe.generators().entrySet()) {
                String value = switch (g.getValue()) {
                    case "organization name" -> uniqueName(random, names, i);
                    case "person name" -> pick(random, GIVEN_NAMES) + " " + (char) ('A' + random.nextInt(26)) + ". "
                            + pick(random, FAMILY_NAMES);
                    case "address" -> address(random);
                    default -> {
                        // Round lots of 1,000 from 10,000 to 1,000,000: figures of the size a real purchase has.
                        long lot = 1_000L * random.nextInt(10, 1_001);
                        if (g.getKey().equals(recipe.total())) {
                            total += lot;
                        }
                        yield String.format(Locale.ROOT, "%,d", lot);
                    }
                };
                values.put(g.getKey(), value);
            }
            String dash = "  - ";
            for (Field f : list.fields()) {
                if (values.containsKey(f.name())) {
                    out.append(dash).append(f.name()).append(":").append(values.get(f.name()).startsWith("\n") ? "" : " ")
                            .append(values.get(f.name())).append('\n');
                    dash = "    ";
                }
            }
        }
        return base(kit, recipe)
                .replace("${id}", "sample-" + items)
                .replace("${count}", Integer.toString(items))
                .replace("${total}", String.format(Locale.ROOT, "%,d", total))
                + "\n" + out;
    }

    /** A street, a real city with its state and a postal code of that city, as an address field's lines. */
    private static String address(SplittableRandom random) {
        String[] city = pick(random, CITIES);
        return "\n      street: " + random.nextInt(1, 2_000) + " " + pick(random, STREETS) + ", Suite " + 100 * random.nextInt(1, 60)
                + "\n      city: " + city[0] + "\n      state: " + city[1] + "\n      postal_code: \"" + city[2] + "\"";
    }

    /** A name not yet used: most are word, word, kind; when those run out, a fund number keeps it unique. */
    private static String uniqueName(SplittableRandom random, Set<String> taken, int number) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String name = pick(random, FIRST_WORDS) + " " + pick(random, SECOND_WORDS) + " " + pick(random, KINDS);
            if (taken.add(name)) {
                return name;
            }
        }
        String name = pick(random, FIRST_WORDS) + " " + pick(random, SECOND_WORDS) + " Fund No. " + number + ", L.P.";
        taken.add(name);
        return name;
    }

    private static <T> T pick(SplittableRandom random, List<T> words) {
        return words.get(random.nextInt(words.size()));
    }

    private static String base(Kit kit, SampleRecipe recipe) throws InputException {
        Path file = kit.folder().resolve(recipe.base());
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(kit.shownFile().replace(Kit.FILE_NAME, recipe.base()), 0, 0, "", "cannot read the sample's base deal: " + e.getMessage());
        }
    }
}
