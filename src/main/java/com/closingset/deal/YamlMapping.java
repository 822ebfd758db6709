package com.closingset.deal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One mapping of a deal file, read field by field. It remembers which keys were asked for, so that
 * {@link #finish()} can reject the keys nobody reads (typos) with a "did you mean" hint, and it
 * reports every problem at the line and column of the offending value.
 */
public final class YamlMapping {
    private final String file;
    private final String path;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> asked = new LinkedHashSet<>();

    YamlMapping(String file, String path, Node node) throws InputException {
        this.file = file;
        this.path = path;
        this.node = node;
        if (!(node instanceof MappingNode mapping)) {
            throw at(node, path, "expected a group of fields (key: value lines), got " + describe(node));
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode key)) {
                throw at(keyNode, path, "expected a field name, got " + describe(keyNode));
            }
            NodeTuple first = entries.putIfAbsent(key.getValue(), tuple);
            if (first != null) {
                throw at(keyNode, join(key.getValue()), "duplicate field (first given at line "
                        + (first.getKeyNode().getStartMark().getLine() + 1) + "); give each field once");
            }
        }
    }

    public String path() {
        return path;
    }

    public boolean has(String key) {
        asked.add(key);
        NodeTuple tuple = entries.get(key);
        return tuple != null && !isNull(tuple.getValueNode());
    }

    public String text(String key) throws InputException {
        return scalarText(key, "text");
    }

    public Optional<String> optionalText(String key) throws InputException {
        return has(key) ? Optional.of(text(key)) : Optional.empty();
    }

    public List<String> texts(String key) throws InputException {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (Node item : items(key)) {
            String itemPath = join(key) + "[" + i++ + "]";
            out.add(scalarText(item, itemPath, "text"));
        }
        return List.copyOf(out);
    }

    /** Reads one group of fields; the mapping itself rejects, after the reader, every field it did not ask for. */
    @FunctionalInterface
    public interface Section<T> {
        T read(YamlMapping group) throws InputException;
    }

    /**
     * The field's group of fields, read by {@code reader}; then each field nobody asked for is
     * rejected as a typo. No reader can forget that check: it is not the reader's to make.
     */
    public <T> T group(String key, Section<T> reader) throws InputException {
        return new YamlMapping(file, join(key), required(key)).read(reader);
    }

    /** Each item of the field's list of groups, read by {@code reader}, each checked as {@link #group} checks. */
    public <T> List<T> groups(String key, Section<T> reader) throws InputException {
        List<T> out = new ArrayList<>();
        int i = 0;
        for (Node item : items(key)) {
            out.add(new YamlMapping(file, join(key) + "[" + i++ + "]", item).read(reader));
        }
        return out;
    }

    /** This mapping read by {@code reader}, then its unread fields rejected. */
    <T> T read(Section<T> reader) throws InputException {
        T value = reader.read(this);
        finish();
        return value;
    }

    /** The field's value as one plain value, to be read as the type a schema gives it. */
    public YamlScalar scalar(String key, String expected) throws InputException {
        return scalarAt(required(key), join(key), expected);
    }

    /** The items of a list of plain values, each to be read as the type a schema gives it. */
    public List<YamlScalar> scalars(String key, String expected) throws InputException {
        List<YamlScalar> out = new ArrayList<>();
        int i = 0;
        for (Node item : items(key)) {
            out.add(scalarAt(item, join(key) + "[" + i++ + "]", expected));
        }
        return out;
    }

    /** The field names, in the file's order. */
    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    /** Line and column (from 1) of the field's value, or of the group when the field is not there. */
    public int[] position(String key) {
        NodeTuple tuple = entries.get(key);
        Mark mark = (tuple == null ? node : tuple.getValueNode()).getStartMark();
        return new int[] {mark.getLine() + 1, mark.getColumn() + 1};
    }

    /** Line and column (from 1) of the group itself. */
    public int[] position() {
        Mark mark = node.getStartMark();
        return new int[] {mark.getLine() + 1, mark.getColumn() + 1};
    }

    /** Rejects the keys that no reader asked for: in a deal file they are typos, never extras. */
    private void finish() throws InputException {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!asked.contains(e.getKey())) {
                String hint = DidYouMean.closest(e.getKey(), asked)
                        .map(s -> "; did you mean \"" + s + "\"?")
                        .orElse("; known fields here: " + String.join(", ", asked));
                throw at(e.getValue().getKeyNode(), join(e.getKey()), "unknown field" + hint);
            }
        }
    }

    public InputException error(String key, String problem) {
        NodeTuple tuple = entries.get(key);
        return at(tuple == null ? node : tuple.getValueNode(), join(key), problem);
    }

    private String scalarText(String key, String expected) throws InputException {
        return scalarText(required(key), join(key), expected);
    }

    private YamlScalar scalarAt(Node value, String valuePath, String expected) throws InputException {
        scalarText(value, valuePath, expected);
        return new YamlScalar(file, valuePath, (ScalarNode) value);
    }

    private String scalarText(Node value, String valuePath, String expected) throws InputException {
        if (!(value instanceof ScalarNode scalar)) {
            throw at(value, valuePath, "expected " + expected + ", got " + describe(value));
        }
        if (isNull(value) || scalar.getValue().isBlank()) {
            throw at(value, valuePath, "expected " + expected + ", got nothing");
        }
        return scalar.getValue();
    }

    private List<Node> items(String key) throws InputException {
        Node value = required(key);
        if (!(value instanceof SequenceNode seq)) {
            throw at(value, join(key), "expected a list (lines starting with \"- \"), got " + describe(value));
        }
        if (seq.getValue().isEmpty()) {
            throw at(value, join(key), "expected at least one item, got an empty list");
        }
        return seq.getValue();
    }

    private Node required(String key) throws InputException {
        asked.add(key);
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            // A misspelt required field is better reported where the misspelling is.
            for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
                if (!asked.contains(e.getKey()) && DidYouMean.closest(e.getKey(), List.of(key)).isPresent()) {
                    throw at(e.getValue().getKeyNode(), join(e.getKey()), "unknown field; did you mean \"" + key + "\"?");
                }
            }
            throw at(node, join(key), "required field is missing");
        }
        if (isNull(tuple.getValueNode())) {
            throw at(tuple.getValueNode(), join(key), "required field has no value");
        }
        return tuple.getValueNode();
    }

    private String join(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private InputException at(Node where, String wherePath, String problem) {
        Mark mark = where.getStartMark();
        return new InputException(file, mark.getLine() + 1, mark.getColumn() + 1, wherePath, problem);
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode && Tag.NULL.equals(value.getTag());
    }

    private static String describe(Node value) {
        if (value instanceof MappingNode) {
            return "a group of fields";
        }
        if (value instanceof SequenceNode) {
            return "a list";
        }
        return isNull(value) ? "nothing" : quote(((ScalarNode) value).getValue());
    }

    static String quote(String raw) {
        return YamlScalar.quote(raw);
    }
}
