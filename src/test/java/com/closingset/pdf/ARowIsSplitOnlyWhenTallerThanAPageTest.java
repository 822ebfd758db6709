package com.closingset.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.closingset.pdf.RenderedPdf.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A row of a table that fits on a page is never split: where it meets the foot of a page it moves
 * whole to the next, under the header, so an investor's address never runs on under an empty name,
 * and no empty sliver of a row is left at the foot or under the next page's header. Only a row taller
 * than a whole page is split, and then every word of it still prints once, in order.
 */
class ARowIsSplitOnlyWhenTallerThanAPageTest {
    private static final Pattern START = Pattern.compile("Investor (\\d+) Fund");
    private static final Pattern END = Pattern.compile("ref-(\\d+)\\.");

    /** 90 rows of one, two or three lines, after a lead whose length moves where each page's foot falls. */
    private static String schedule(int lead) {
        String rows = IntStream.rangeClosed(1, 90).mapToObj(n -> "| Investor " + n + " Fund, L.P. | "
                + "c/o Harborview Advisors LLC, 850 Third Avenue, Suite 1801, New York ".repeat(n % 3) + "(ref-" + n + ".) | "
                + 1000 * n + " |\n").collect(Collectors.joining());
        return "# Schedule\n\n" + "Lead text. ".repeat(1 + 6 * lead) + "\n\n| Investor | Address | Shares |\n|---|---|---:|\n" + rows;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
    void aRowThatFitsAPageIsOnOnePage(int lead) throws Exception {
        RenderedPdf pdf = RenderedPdf.of(schedule(lead));

        Map<Integer, Integer> starts = new TreeMap<>();
        Map<Integer, Integer> ends = new TreeMap<>();
        for (int page = 1; page <= pdf.pages(); page++) {
            String text = String.join(" ", pdf.pageLines(page));
            find(START, text, page, starts);
            find(END, text, page, ends);
        }
        assertThat(starts).hasSize(90);
        assertThat(ends).as("where each row ends").isEqualTo(starts);
        assertThat(slivers(pdf)).as("rows less than a line high").isEmpty();
    }

    @Test
    void aRowTallerThanAPageIsSplitAndPrintsWhole() throws Exception {
        String words = IntStream.rangeClosed(1, 1500).mapToObj(n -> "w" + n).collect(Collectors.joining(" "));
        RenderedPdf pdf = RenderedPdf.of("| Schedule | Terms |\n|---|---|\n| Before | short |\n| Long | " + words + " |\n| After | short |\n");

        assertThat(pdf.pages()).isGreaterThan(1);
        List<Integer> printed = new ArrayList<>();
        Matcher m = Pattern.compile("\\bw(\\d+)\\b").matcher(pdf.textInReadingOrder());
        while (m.find()) {
            printed.add(Integer.parseInt(m.group(1)));
        }
        assertThat(printed).containsExactlyElementsOf(IntStream.rangeClosed(1, 1500).boxed().toList());
        assertThat(pdf.text()).contains("Before", "After");
    }

    private static void find(Pattern pattern, String text, int page, Map<Integer, Integer> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.putIfAbsent(Integer.parseInt(m.group(1)), page);
        }
    }

    /** The cells of any page less high than a line of the table's text: a row split where none of its text fitted. */
    private static List<String> slivers(RenderedPdf pdf) throws Exception {
        List<Box> cells = pdf.strokedBoxes();
        assertThat(cells).as("cells' borders").hasSizeGreaterThan(270);
        return cells.stream().filter(c -> c.height() < HouseStyle.TABLE_SIZE)
                .map(c -> "page " + c.page() + ", " + c.height() + " pt high at " + c.top()).toList();
    }
}
