package com.closingset.deal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A hand-edited YAML file (deal model or manifest) read as a tree of nodes that keep their line and
 * column. It is only composed, never constructed into objects, so no tag in the file can instantiate
 * a class; tags other than YAML's plain types are rejected outright, and size, nesting and aliases
 * are bounded.
 */
public final class YamlFile {
    // A deal grows with its investors, about 250 bytes each (300 with every optional field), and a
    // Regulation CF offering may have tens of thousands: 32 MB is room for 100,000 of them. The limit
    // is there so that a file that is no deal (a disk image named .yaml) is refused before it is read.
    static final int MAX_BYTES = 32 << 20;
    // A deal nests four levels deep and needs no aliases to lists or fields; these bounds make a
    // 10,000-deep nesting or a "billion laughs" alias bomb fail at once, in a few kilobytes of heap.
    static final int MAX_NESTING = 40;
    static final int MAX_COLLECTION_ALIASES = 20;
    private static final Set<Tag> PLAIN_TAGS = Set.of(
            Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    private static final String GLOBAL_TAG_REFUSED = "Global tag is not allowed:";
    private static final String PLAIN_ONLY = "a deal file holds plain text, numbers, dates, lists and fields";

    private YamlFile() {
    }

    /**
     * The file's root group of fields, read by {@code reader} and then checked for fields nobody asked
     * for; {@code expected} says what an empty file should have held.
     */
    public static <T> T read(Path file, String shownName, String expected, YamlMapping.Section<T> reader) throws InputException {
        return new YamlMapping(shownName, "", compose(file, shownName, expected)).read(reader);
    }

    /** As {@link #read}, for YAML text that is not a file of the project (a resource of the engine). */
    public static <T> T readText(String text, String shownName, String expected, YamlMapping.Section<T> reader)
            throws InputException {
        return new YamlMapping(shownName, "", composeText(text, shownName, expected)).read(reader);
    }

    /**
     * As {@link #read}, for the bytes of a file already read: a build reads them once, to hash them
     * and to load them, so that what it built is what its hash names.
     */
    public static <T> T read(byte[] bytes, String shownName, String expected, YamlMapping.Section<T> reader) throws InputException {
        return new YamlMapping(shownName, "", composeText(text(bytes, shownName), shownName, expected)).read(reader);
    }

    static Node compose(Path file, String shownName, String expected) throws InputException {
        return composeText(read(file, shownName), shownName, expected);
    }

    private static Node composeText(String text, String shownName, String expected) throws InputException {
        Node root = compose(text, shownName);
        if (root == null) {
            throw new InputException(shownName, 0, 0, "", "the file is empty; expected " + expected);
        }
        checkTags(root, shownName, Collections.newSetFromMap(new IdentityHashMap<>()));
        return root;
    }

    private static String read(Path file, String shownName) throws InputException {
        return text(bytes(file, shownName), shownName);
    }

    /**
     * The file's bytes, read once and never more than the limit: a build hashes these and loads them
     * with {@link #read(byte[], String, String, YamlMapping.Section)}, and a file of gigabytes named as a
     * deal is refused in a few megabytes of heap, as the loader refuses it.
     */
    public static byte[] bytes(Path file, String shownName) throws InputException {
        try (InputStream in = Files.newInputStream(file)) {
            return bytes(in, shownName);
        } catch (NoSuchFileException e) {
            throw new InputException(shownName, 0, 0, "", "no such file");
        } catch (IOException e) {
            throw new InputException(shownName, 0, 0, "", "cannot read the file: " + IoReason.of(e), e);
        }
    }

    /** As {@link #bytes(Path, String)}, from a stream that has no size to check first: a named pipe, or git's output. */
    public static byte[] bytes(InputStream in, String shownName) throws IOException, InputException {
        // Read at most one byte past the limit.
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        checkSize(bytes, shownName);
        return bytes;
    }

    private static void checkSize(byte[] bytes, String shownName) throws InputException {
        if (bytes.length > MAX_BYTES) {
            throw new InputException(shownName, 0, 0, "", "the file is larger than " + (MAX_BYTES >> 20)
                    + " MB; a deal of 100,000 investors is about 25 MB");
        }
    }

    /** The file's text: no larger than {@link #MAX_BYTES}, and UTF-8. */
    private static String text(byte[] bytes, String shownName) throws InputException {
        checkSize(bytes, shownName);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(shownName, 0, 0, "", "expected UTF-8 text, but the file holds bytes that are not (binary or another encoding)");
        }
    }

    private static Node compose(String text, String shownName) throws InputException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_BYTES);
        options.setProcessComments(false);
        LastEvent parser = new LastEvent(new ParserImpl(new StreamReader(new StringReader(text)), options));
        try {
            return new Composer(parser, new Resolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String detail = (e.getProblem() == null ? e.getContext() : e.getProblem()).replace("\n", " ").trim();
            // SnakeYAML itself refuses global tags such as !!java.io.File before any object exists.
            String problem = detail.startsWith(GLOBAL_TAG_REFUSED)
                    ? "the tag " + detail.substring(GLOBAL_TAG_REFUSED.length()).trim() + " is not allowed; " + PLAIN_ONLY
                    : "not valid YAML: " + plainWords(detail);
            throw at(shownName, mark, problem);
        } catch (ReaderException e) {
            // SnakeYAML counts the position within its read buffer; find the character in the text instead.
            int[] at = firstUnprintable(text);
            throw new InputException(shownName, at[0], at[1], "", String.format(java.util.Locale.ROOT,
                    "expected text, got the control character U+%04X (invisible in most editors: retype the line)", at[2]));
        } catch (YAMLException e) {
            // The limits are reported without a position; the event being composed has one.
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.startsWith("Nesting Depth exceeded")) {
                throw at(shownName, parser.mark, "expected at most " + MAX_NESTING
                        + " levels of fields and lists inside each other, got more (a deal nests four deep)");
            }
            if (message.startsWith("Number of aliases")) {
                throw at(shownName, parser.mark, "expected at most " + MAX_COLLECTION_ALIASES
                        + " aliases (*name) of lists or groups of fields, got more; write the fields out");
            }
            throw at(shownName, parser.mark, "not valid YAML: " + message.replace("\n", " "));
        }
    }

    private static InputException at(String shownName, Mark mark, String problem) {
        return mark == null
                ? new InputException(shownName, 0, 0, "", problem)
                : new InputException(shownName, mark.getLine() + 1, mark.getColumn() + 1, "", problem);
    }

    /** Line, column (from 1) and code point of the first character YAML does not allow. */
    private static int[] firstUnprintable(String text) {
        int line = 1;
        int column = 1;
        for (int offset = 0; offset < text.length(); ) {
            int cp = text.codePointAt(offset);
            if (!StreamReader.isPrintable(cp)) {
                return new int[] {line, column, cp};
            }
            offset += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {0, 0, 0};
    }

    /** SnakeYAML's parser words for the mistakes people make by hand, said as what was expected. */
    private static String plainWords(String detail) {
        for (String[] known : PLAIN_WORDS) {
            if (detail.startsWith(known[0])) {
                return known[1];
            }
        }
        return detail;
    }

    private static final String[][] PLAIN_WORDS = {
        {"found character '\\t(TAB)'", "expected spaces, got a tab; indent with spaces only"},
        {"expected <block end>, but found '<block mapping start>'",
            "expected this line to line up with the fields above it, got a different indentation"},
        {"expected <block end>, but found '<scalar>'",
            "expected a field (name: value) here, got more text; is a quote above left open?"},
        {"mapping values are not allowed here",
            "expected one \"name: value\" a line, got a second \": \"; put a value holding \": \" in quotes"},
        {"could not find expected ':'", "expected \"name: value\", got a line without \": \" (is the file cut short?)"},
        {"found unexpected end of stream", "expected a closing quote, got the end of the file"},
        {"but found another document", "expected one deal, got a second document after \"---\""},
        {"expected ',' or ']'", "expected \",\" or \"]\" to close the list opened with \"[\""},
        {"expected ',' or '}'", "expected \",\" or \"}\" to close the fields opened with \"{\""},
    };

    /** The parser, remembering where the last event it handed out began. */
    private static final class LastEvent implements Parser {
        private final Parser parser;
        Mark mark;

        LastEvent(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return remember(parser.peekEvent());
        }

        @Override
        public Event getEvent() {
            return remember(parser.getEvent());
        }

        private Event remember(Event event) {
            if (event != null) {
                mark = event.getStartMark();
            }
            return event;
        }
    }

    private static void checkTags(Node node, String shownName, Set<Node> seen) throws InputException {
        if (!seen.add(node)) {
            return;
        }
        if (Tag.MERGE.equals(node.getTag())) {
            Mark mark = node.getStartMark();
            throw new InputException(shownName, mark.getLine() + 1, mark.getColumn() + 1, "",
                    "expected a field name, got a merge key (<<); write the fields out, each once");
        }
        if (!PLAIN_TAGS.contains(node.getTag())) {
            Mark mark = node.getStartMark();
            throw new InputException(shownName, mark.getLine() + 1, mark.getColumn() + 1, "",
                    "the tag " + node.getTag().getValue() + " is not allowed; " + PLAIN_ONLY);
        }
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                checkTags(t.getKeyNode(), shownName, seen);
                checkTags(t.getValueNode(), shownName, seen);
            }
        } else if (node instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                checkTags(item, shownName, seen);
            }
        }
    }
}
