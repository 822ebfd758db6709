package com.closingset.assemble;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The abbreviations of legal and corporate English after which a period does not end a sentence,
 * as the closing sets print them ("A.G. Edwards & Sons, Inc.", "Registration No. 333-128164",
 * "5:00 p.m. (New York City time)", "Albert F. Bender, III").
 */
final class Abbreviations {
    /** Always followed by what they abbreviate the name or number of: never the last word of a sentence. */
    static final Set<String> LEADING = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Messrs.", "No.", "Nos.", "NO.", "Sec.", "Secs.",
            "i.e.", "e.g.", "cf.", "vs.", "A.G.");

    /**
     * May close a sentence as well as a name: "... of Northwind Hydrogen Systems, Inc. All other
     * trademarks ...". A sentence is taken to end after one only when the next word opens sentences
     * ({@link #OPENERS}). Single capitals are initials ("Walter J. McBride") or the like ("Exhibit A").
     */
    static final Set<String> TRAILING = Stream.concat(
            Stream.of("Inc.", "Corp.", "Co.", "Ltd.", "LLC.", "L.L.C.", "L.P.", "N.A.", "P.C.", "Esq.", "Jr.", "Sr.",
                    "INC.", "CORP.", "CO.", "LTD.",
                    "St.", "Ave.", "U.S.", "U.S.A.", "D.C.", "I.R.S.", "a.m.", "p.m.", "A.M.", "P.M."),
            IntStream.rangeClosed('A', 'Z').mapToObj(c -> (char) c + ".")).collect(Collectors.toUnmodifiableSet());

    /** Words that open sentences and do not go on a name: after "Inc." or an initial, they start a new sentence. */
    static final Set<String> OPENERS = Set.of("The", "This", "These", "Those", "That", "Such", "All", "Any", "Each",
            "Every", "It", "Its", "In", "On", "At", "For", "If", "As", "We", "Our", "There", "Neither", "Nothing",
            "None", "Notwithstanding", "Upon", "Unless", "When", "Whenever", "Subject", "Pursuant", "Under", "A", "An");

    private Abbreviations() {
    }

    static Stream<String> all() {
        return Stream.concat(LEADING.stream(), TRAILING.stream());
    }

    static boolean contains(String word) {
        return LEADING.contains(word) || TRAILING.contains(word);
    }
}
