package com.closingset.deal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A valid deal file with any number of fictional investors, for measuring and testing builds at size.
 * It lives beside the loader because it is a deal model, written as the loader reads it: the invented
 * Northwind deal's terms (resource {@code sample-deal.yaml}) with generated investors whose shares are
 * {@code offering.shares}. The same count and seed give the same bytes on any machine: the only source of
 * variety is a {@link SplittableRandom} seeded by the caller, and the word lists below (no data files).
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

    /** The deal file's text: {@code investors} fictional investors (at least 1), generated from {@code seed}. */
    public static String yaml(int investors, long seed) {
        if (investors < 1) {
            throw new IllegalArgumentException("a deal needs at least one investor, got " + investors);
        }
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder list = new StringBuilder("investors:\n");
        Set<String> names = new HashSet<>();
        long total = 0;
        for (int i = 1; i <= investors; i++) {
            String name = uniqueName(random, names, i);
            // Round lots of 1,000 from 10,000 to 1,000,000: figures of the size a real subscription has.
            long shares = 1_000L * random.nextInt(10, 1_001);
            total += shares;
            String[] city = pick(random, CITIES);
            list.append("  - name: ").append(name).append('\n')
                    .append("    contact: ").append(pick(random, GIVEN_NAMES)).append(' ')
                    .append((char) ('A' + random.nextInt(26))).append(". ").append(pick(random, FAMILY_NAMES)).append('\n')
                    .append("    address:\n")
                    .append("      street: ").append(random.nextInt(1, 2_000)).append(' ').append(pick(random, STREETS))
                    .append(", Suite ").append(100 * random.nextInt(1, 60)).append('\n')
                    .append("      city: ").append(city[0]).append('\n')
                    .append("      state: ").append(city[1]).append('\n')
                    .append("      postal_code: \"").append(city[2]).append("\"\n")
                    .append("    shares: ").append(String.format(java.util.Locale.ROOT, "%,d", shares)).append('\n');
        }
        return base()
                .replace("${id}", "sample-" + investors)
                .replace("${count}", Integer.toString(investors))
                .replace("${shares}", String.format(java.util.Locale.ROOT, "%,d", total))
                + "\n" + list;
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

    private static String base() {
        try (InputStream in = SampleDeal.class.getResourceAsStream("sample-deal.yaml")) {
            if (in == null) {
                throw new IllegalStateException("sample-deal.yaml is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
