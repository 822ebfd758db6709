package com.closingset.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.draw.VerticalPositionMark;

import java.util.Set;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a line may end. OpenPDF breaks after any space or hyphen, and at the edge of a bold or
 * linked run even inside a word: a line then ends in {@code (the “Closing} and the next begins
 * {@code ”) that}, or parts "$42.5" from "million" and "333-" from "128164". Here a line breaks at a
 * space, or after a hyphen between letters, and never
 * <ul>
 *   <li>between an amount or count and its unit: "$42.5 million", "20,000,000 shares", "30 days";</li>
 *   <li>between "Section", "Rule", "Item", "Exhibit", "No." and the like and the number they name;</li>
 *   <li>inside a telephone number, a file or registration number ("(314) 955-3000", "333-128164"),
 *   a date ("January 18"), or at a hyphen next to a digit ("Form 8-K", "Rule 14a-12");</li>
 *   <li>between a word and the punctuation touching it across a change of style: the punctuation
 *   takes the style of the word it touches ({@code “Closing”)} all bold), as typesetters set it.</li>
 * </ul>
 */
final class LineBreaks implements SplitCharacter {
    static final LineBreaks RULES = new LineBreaks();
    private static final float SLACK_SIZE = 0.001f;

    private static final Set<String> UNITS = Set.of("million", "billion", "trillion", "thousand", "hundred", "share",
            "shares", "unit", "units", "percent", "cent", "cents", "dollars", "day", "days",
            "business", "trading", "month", "months", "year", "years", "hour", "hours", "a.m.", "p.m.");
    private static final Set<String> REFERENCES = Set.of("Section", "Sections", "Rule", "Rules", "Item", "Items", "Exhibit",
            "Exhibits", "Schedule", "Schedules", "Article", "Articles", "Annex", "Appendix", "Form", "Forms", "Regulation",
            "Regulations", "No.", "Nos.", "§", "§§", "paragraph", "clause", "Chapter", "Part", "Title", "Tab", "Page");
    private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    /**
     * Besides digits and ")", the last characters of the words {@link #glued} may keep with the next,
     * and their first: a word ending or starting otherwise is not asked about.
     */
    private static final String GLUING_ENDS = letters(w -> w.charAt(w.length() - 1));
    private static final String GLUING_STARTS = letters(w -> w.charAt(0));
    /** The marks that may open a word before a glued word ("(Section", "“Rule"), and the most a word is read back. */
    private static final String OPENING_MARKS = "(“\"";
    private static final int WORD_LIMIT = 40;
    private static final Pattern NAMED = Pattern.compile("[0-9(].*|[A-Z]{1,4}[,.;:)]*|[A-Z]-?[0-9].*");
    private static final Pattern AREA_CODE = Pattern.compile("[(“\"]?\\(\\d{3}\\)");
    private static final Pattern LOCAL_NUMBER = Pattern.compile("\\d{3}-\\d{4}.*");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}[,.;:)]*");

    private LineBreaks() {
    }

    /**
     * OpenPDF asks whether a line may end at the character at {@code current}. A line ends after a
     * word, before its space (which then opens the next line and is dropped), so that a word that fits
     * but for its space stays on the line, as with OpenPDF's own rule; OpenPDF's extra question, whether
     * a line may end at its last space, is answered no, so that only the spaces approved here count.
     */
    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = charAt(current, cc, ck);
        if (c == ' ') {
            return false;
        }
        if (c < ' ') {
            return true;
        }
        if (current + 1 < end && charAt(current + 1, cc, ck) == ' ') {
            // Asked at every word's end: most words start or end with a letter no glued word does.
            boolean mayGlue = Character.isDigit(c) || c == ')'
                    || GLUING_ENDS.indexOf(c) >= 0 && GLUING_STARTS.indexOf(firstLetter(start, current, cc, ck)) >= 0;
            if (!mayGlue) {
                return true;
            }
            return !glued(word(start, current, cc, ck, -1), word(end, current + 2, cc, ck, 1));
        }
        if (c == '-') {
            return current > start && current + 1 < end
                    && Character.isLetter(charAt(current - 1, cc, ck)) && Character.isLetter(charAt(current + 1, cc, ck));
        }
        // U+2010 stands for the non-breaking hyphen Liberation lacks; the rest as OpenPDF has it: spaces
        // of other widths, and between any two CJK characters.
        if (c < 0x2002 || c == TextRuns.HYPHEN) {
            return false;
        }
        return c <= 0x200b
                || c >= 0x2e80 && c < 0xd7a0
                || c >= 0xf900 && c < 0xfb00
                || c >= 0xfe30 && c < 0xfe50
                || c >= 0xff61 && c < 0xffa0;
    }

    /** Whether the space between {@code before} and {@code after} must not end a line. Asked of every word: cheap tests first. */
    static boolean glued(String before, String after) {
        if (before.isEmpty() || after.isEmpty()) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        if (Character.isDigit(last)) {
            return UNITS.contains(withoutTrailingPunctuation(after));
        }
        if (last == ')' && before.length() >= 5 && before.length() <= 7) {
            return AREA_CODE.matcher(before).matches() && LOCAL_NUMBER.matcher(after).matches();
        }
        String reference = withoutLeadingMarks(before);
        if (REFERENCES.contains(reference)) {
            return NAMED.matcher(after).matches();
        }
        return MONTHS.contains(before) && DAY.matcher(after).matches();
    }

    private static String letters(java.util.function.Function<String, Character> of) {
        StringBuilder letters = new StringBuilder();
        java.util.stream.Stream.concat(REFERENCES.stream(), MONTHS.stream()).map(of).distinct().sorted().forEach(letters::append);
        return letters.toString();
    }

    /** The first character of the word ending at {@code at}, past its opening marks, as {@link #glued} reads it. */
    private static char firstLetter(int limit, int at, char[] cc, PdfChunk[] ck) {
        int first = at;
        for (int i = at - 1; i >= limit && at - i <= WORD_LIMIT; i--) {
            char c = charAt(i, cc, ck);
            if (c == ' ' || c < ' ') {
                break;
            }
            first = i;
        }
        while (first < at && OPENING_MARKS.indexOf(charAt(first, cc, ck)) >= 0) {
            first++;
        }
        return charAt(first, cc, ck);
    }

    private static String withoutTrailingPunctuation(String word) {
        int end = word.length();
        while (end > 0 && ",.;:)”’".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(0, end);
    }

    private static String withoutLeadingMarks(String word) {
        int start = 0;
        while (start < word.length() && OPENING_MARKS.indexOf(word.charAt(start)) >= 0) {
            start++;
        }
        return word.substring(start);
    }

    /** The word that ends at {@code at} (direction -1, back to {@code limit}) or starts there (+1, up to {@code limit}). */
    private static String word(int limit, int at, char[] cc, PdfChunk[] ck, int direction) {
        StringBuilder w = new StringBuilder();
        for (int i = at; direction < 0 ? i >= limit : i < limit; i += direction) {
            char c = charAt(i, cc, ck);
            if (c == ' ' || c < ' ' || w.length() > WORD_LIMIT) {
                break;
            }
            w.append(c);
        }
        return direction < 0 ? w.reverse().toString() : w.toString();
    }

    /**
     * A justified paragraph's last line, and each line ended by a hard break, set at the words' own
     * spacing. OpenPDF spaces such a line as widely as the line above it, so after a loose line the
     * last one is stretched too; a separator (an empty glue the line's slack goes to) at its end
     * takes the slack instead.
     */
    static Paragraph raggedLastLines(Paragraph paragraph) {
        // A centred line has no slack to give: the glue would take it and set the line flush left.
        if (paragraph.getAlignment() != com.lowagie.text.Element.ALIGN_JUSTIFIED) {
            return paragraph;
        }
        for (int i = paragraph.size() - 1; i > 0; i--) {
            if (paragraph.get(i) instanceof Chunk c && "\n".equals(c.getContent())) {
                paragraph.add(i, slack(c.getFont()));
            }
        }
        if (!paragraph.isEmpty()) {
            paragraph.add(slack(paragraph.getFont()));
        }
        return paragraph;
    }

    private static Chunk slack(com.lowagie.text.Font font) {
        // A horizontal separator: only those take a line's slack (a vertical one spans the whole line).
        Chunk glue = new Chunk(new VerticalPositionMark(), false);
        // It is measured as the object replacement character, 12 pt wide in Liberation at 12 pt: at a
        // thousandth of a point it can never push the last word to a line of its own.
        glue.setFont(new com.lowagie.text.Font(font.getBaseFont(), SLACK_SIZE));
        return glue;
    }

    private static char charAt(int i, char[] cc, PdfChunk[] ck) {
        return ck == null ? cc[i] : (char) ck[Math.min(i, ck.length - 1)].getUnicodeEquivalent(cc[i]);
    }

    /**
     * Settles the breaks of a filled phrase: punctuation touching a word across a change of style
     * joins the word's run, and every text run breaks by these rules.
     */
    static void settle(Phrase phrase) {
        for (int i = 0; i + 1 < phrase.size(); i++) {
            if (phrase.get(i) instanceof Chunk before && phrase.get(i + 1) instanceof Chunk after
                    && isText(before) && isText(after) && join(phrase, i, before, after)) {
                // A run moved whole into its neighbour: the neighbour meets the next run now.
                i = Math.max(i - 2, -1);
            }
        }
        phrase.stream().filter(e -> e instanceof Chunk c && isText(c))
                .forEach(e -> ((Chunk) e).setSplitCharacter(RULES));
    }

    /** Moves punctuation across the edge of two runs; true when one of them was emptied and removed. */
    private static boolean join(Phrase phrase, int i, Chunk before, Chunk after) {
        String left = before.getContent();
        String right = after.getContent();
        if (isBlank(left) || isBlank(right) || breaksAt(left.charAt(left.length() - 1)) || breaksAt(right.charAt(0))
                || isChange(before) != isChange(after)) {
            return false;
        }
        int head = firstBreak(right);
        int tail = lastBreak(left) + 1;
        String leading = right.substring(0, head);
        if (isPunctuation(leading) && draws(before, leading)) {
            return replace(phrase, i, copy(before, left + leading), copy(after, right.substring(head)));
        }
        String trailing = left.substring(tail);
        if (isPunctuation(trailing) && draws(after, trailing)) {
            return replace(phrase, i, copy(before, left.substring(0, tail)), copy(after, trailing + right));
        }
        return false;
    }

    /**
     * Whether the run's face has a glyph for each mark moved into it: an Arabic face has no
     * parentheses, and a mark it cannot draw would vanish from the page. Such a mark stays in its
     * own face, where a line may break beside it.
     */
    private static boolean draws(Chunk chunk, String marks) {
        BaseFont face = chunk.getFont().getBaseFont();
        return face == null || marks.codePoints().allMatch(face::charExists);
    }

    private static boolean replace(Phrase phrase, int i, Chunk before, Chunk after) {
        phrase.set(i, before);
        phrase.set(i + 1, after);
        if (after.isEmpty()) {
            phrase.remove(i + 1);
            return true;
        }
        if (before.isEmpty()) {
            phrase.remove(i);
            return true;
        }
        return false;
    }

    /** Empty, or a blank to sign (no-break spaces drawn underlined), which nothing joins. */
    private static boolean isBlank(String s) {
        return s.codePoints().allMatch(Character::isSpaceChar);
    }

    private static boolean breaksAt(char c) {
        return c == ' ' || c == '\n';
    }

    private static int firstBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (breaksAt(s.charAt(i))) {
                return i;
            }
        }
        return s.length();
    }

    private static int lastBreak(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (breaksAt(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Marks only: no letter or digit, and no space (a blank to sign is a run of no-break spaces). */
    private static boolean isPunctuation(String s) {
        return !s.isEmpty() && s.codePoints().noneMatch(c -> Character.isLetterOrDigit(c) || Character.isSpaceChar(c));
    }

    /** A blackline's marked change keeps its own characters: what was struck is not moved into what was inserted. */
    private static boolean isChange(Chunk chunk) {
        Map<String, Object> a = chunk.getChunkAttributes();
        return a != null && a.containsKey(Chunk.GENERICTAG);
    }

    /** A run that is text, not a tab, a rule, a separator or an image. */
    private static boolean isText(Chunk chunk) {
        Map<String, Object> a = chunk.getChunkAttributes();
        return !chunk.isEmpty() && (a == null || !(a.containsKey(Chunk.SEPARATOR) || a.containsKey(Chunk.TAB)
                || a.containsKey(Chunk.IMAGE) || a.containsKey(Chunk.NEWPAGE)));
    }

    private static Chunk copy(Chunk style, String content) {
        Chunk c = new Chunk(content, style.getFont());
        if (style.getChunkAttributes() != null) {
            c.setChunkAttributes(new java.util.HashMap<>(style.getChunkAttributes()));
        }
        return c;
    }
}
