package com.closingset.deal;

import java.io.IOException;
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
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A hand-edited YAML file (deal model or manifest) read as a tree of nodes that keep their line and
 * column. It is only composed, never constructed into objects, so no tag in the file can instantiate
 * a class; tags other than YAML's plain types are rejected outright, and size, nesting and aliases
 * are bounded.
 */
public final class YamlFile {
    private static final long MAX_BYTES = 1 << 20;
    private static final Set<Tag> PLAIN_TAGS = Set.of(
            Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    private static final String GLOBAL_TAG_REFUSED = "Global tag is not allowed:";
    private static final String PLAIN_ONLY = "a deal file holds plain text, numbers, dates, lists and fields";

    private YamlFile() {
    }

    /** The root mapping of the file; {@code expected} says what an empty file should have held. */
    public static YamlMapping root(Path file, String shownName, String expected) throws DealException {
        return new YamlMapping(shownName, "", compose(file, shownName, expected));
    }

    static Node compose(Path file, String shownName, String expected) throws DealException {
        Node root = compose(read(file, shownName), shownName);
        if (root == null) {
            throw new DealException(shownName, 0, 0, "", "the file is empty; expected " + expected);
        }
        checkTags(root, shownName, Collections.newSetFromMap(new IdentityHashMap<>()));
        return root;
    }

    private static String read(Path file, String shownName) throws DealException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DealException(shownName, 0, 0, "", "the file is larger than 1 MB; a deal model is a few kilobytes of text");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DealException(shownName, 0, 0, "", "no such file");
        } catch (IOException e) {
            throw new DealException(shownName, 0, 0, "", "cannot read the file: " + e.getMessage());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DealException(shownName, 0, 0, "", "expected UTF-8 text, but the file holds bytes that are not (binary or another encoding)");
        }
    }

    private static Node compose(String text, String shownName) throws DealException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(40);
        options.setCodePointLimit((int) MAX_BYTES);
        options.setProcessComments(false);
        try {
            return new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String detail = (e.getProblem() == null ? e.getContext() : e.getProblem()).replace("\n", " ").trim();
            // SnakeYAML itself refuses global tags such as !!java.io.File before any object exists.
            String problem = detail.startsWith(GLOBAL_TAG_REFUSED)
                    ? "the tag " + detail.substring(GLOBAL_TAG_REFUSED.length()).trim() + " is not allowed; " + PLAIN_ONLY
                    : "not valid YAML: " + detail;
            if (mark == null) {
                throw new DealException(shownName, 0, 0, "", problem);
            }
            throw new DealException(shownName, mark.getLine() + 1, mark.getColumn() + 1, "", problem);
        } catch (YAMLException e) {
            throw new DealException(shownName, 0, 0, "", "not valid YAML: " + e.getMessage().replace("\n", " "));
        }
    }

    private static void checkTags(Node node, String shownName, Set<Node> seen) throws DealException {
        if (!seen.add(node)) {
            return;
        }
        if (!PLAIN_TAGS.contains(node.getTag())) {
            Mark mark = node.getStartMark();
            throw new DealException(shownName, mark.getLine() + 1, mark.getColumn() + 1, "",
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
