package com.closingset.assemble;

import com.closingset.deal.InputException;
import com.closingset.deal.YamlFile;
import com.closingset.deal.YamlMapping;
import com.closingset.kit.Kit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.closingset.layout.SetLayout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A kit's {@code manifest.yaml}: the documents of a closing set, in the order of the filing.
 * Adding a document is adding an entry here and its template; no Java changes.
 */
public record Manifest(List<ManifestEntry> entries) {
    public static final String FILE_NAME = "manifest.yaml";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,79}");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    /** Names the model already gives every template. */
    private static final List<String> RESERVED = List.of("deal", "figures", "w", "exhibit", "exhibits", "document", "set");
    private static final Pattern TEMPLATE = Pattern.compile("[a-z0-9][a-z0-9.-]{0,79}\\.md\\.ftl");

    public List<ManifestEntry> generated() {
        return entries.stream().filter(ManifestEntry::generated).toList();
    }

    /** The manifest of {@code templatesDir}, named in messages by the folder's own name. */
    public static Manifest load(Path templatesDir, Kit kit) throws InputException {
        return load(templatesDir, String.valueOf(templatesDir.getFileName()), kit);
    }

    /** @param shownFolder how messages name the folder ({@code templates/registered-direct}) */
    public static Manifest load(Path templatesDir, String shownFolder, Kit kit) throws InputException {
        Path file = templatesDir.resolve(FILE_NAME);
        String shown = shownFolder + "/" + FILE_NAME;
        Set<String> ids = new HashSet<>();
        List<ManifestEntry> before = new ArrayList<>();
        List<ManifestEntry> entries = YamlFile.read(file, shown, "a list of documents under \"documents:\"",
                root -> root.groups("documents", m -> {
                    ManifestEntry e = entry(m, shown, templatesDir, kit, ids, before);
                    before.add(e);
                    return e;
                }));
        for (ManifestEntry e : entries) {
            if (e.partOf().isPresent() && !ids.contains(e.partOf().get())) {
                throw new InputException(shown, 0, 0, "documents." + e.id() + ".part_of", "no document has the id \""
                        + e.partOf().get() + "\"");
            }
        }
        return new Manifest(List.copyOf(entries));
    }

    /** One entry of {@code documents:}; {@code ids} and {@code before} are those of the entries before it. */
    private static ManifestEntry entry(YamlMapping m, String shown, Path templatesDir, Kit kit, Set<String> ids,
                                       List<ManifestEntry> before) throws InputException {
        String id = m.text("id");
        if (!ID.matcher(id).matches() || !ids.add(id)) {
            throw m.error("id", "expected a unique id of lower-case letters, digits, dots and dashes, got \"" + id + "\"");
        }
        Optional<String> template = m.optionalText("template");
        if (template.isPresent()) {
            if (!TEMPLATE.matcher(template.get()).matches()) {
                throw m.error("template", "expected a file name in templates/ like 8-k.md.ftl, got \"" + template.get() + "\"");
            }
            if (!Files.isRegularFile(templatesDir.resolve(template.get()))) {
                throw m.error("template", "no such template in " + templatesDir.getFileName() + "/: " + template.get());
            }
            if (!inside(templatesDir, template.get())) {
                throw m.error("template", templatesDir.getFileName() + "/" + template.get() + " is a link to a file outside "
                        + templatesDir.getFileName() + "/");
            }
        }
        Optional<String> output = m.optionalText("output");
        if (output.isPresent() != template.isPresent()) {
            throw m.error(template.isPresent() ? "template" : "output",
                    "a generated document needs both \"template\" and \"output\"; a listed-only exhibit has neither");
        }
        String title = m.text("title");
        Optional<String> forEach = forEach(m, kit);
        // A name that holds the deal's exhibit number is checked when the deal has made it.
        if (output.isPresent() && !output.get().contains("${")) {
            Map<String, String> named = new LinkedHashMap<>();
            before.stream().filter(b -> b.output().filter(o -> !o.contains("${")).isPresent())
                    .forEach(b -> named.put(b.id(), b.output().get()));
            Optional<String> problem = outputProblem(output.get(), forEach.isPresent(), named, repeatedIds(before));
            if (problem.isPresent()) {
                throw m.error("output", problem.get());
            }
        }
        Optional<String> as = Optional.empty();
        if (forEach.isPresent()) {
            if (template.isEmpty() || m.has("exhibit")) {
                throw m.error("for_each", "a document repeated for each item of a list is generated (it needs a template and an "
                        + "output) and is not itself a numbered exhibit");
            }
            String noun = kit.field(forEach.get()).orElseThrow().itemNoun();
            as = Optional.of(m.optionalText("as").orElse(noun));
            if (!NAME.matcher(as.get()).matches() || RESERVED.contains(as.get())) {
                throw m.error("as", "expected a name for the item in the template, of lower-case letters, digits and underscores "
                        + "(not " + String.join(", ", RESERVED) + "), got \"" + as.get() + "\"");
            }
        }
        int[] at = m.position("output");
        String outputAt = output.isEmpty() ? "" : shown + ":" + at[0] + ":" + at[1] + ": " + m.path() + ".output";
        return new ManifestEntry(id, title, m.optionalText("exhibit"),
                m.optionalText("description").orElse(title), m.optionalText("part_of"), template, output, forEach, as, when(m, kit),
                outputAt);
    }

    /** The ids of the entries made once for each item of a list. */
    static Set<String> repeatedIds(List<ManifestEntry> entries) {
        Set<String> ids = new HashSet<>();
        entries.stream().filter(ManifestEntry::repeated).forEach(e -> ids.add(e.id()));
        return ids;
    }

    /**
     * What is wrong with a document's file name beside the names of the documents before it
     * ({@code named}: id to output name; {@code repeatedIds} those made once per item, as {@code
     * lock-up-01}, {@code lock-up-02}, ...): a file name of lower-case letters, digits, dots and
     * dashes, no other document's, none of the files each item's document is written to, and none of
     * the set's own files (the binder, {@code index.md}).
     */
    static Optional<String> outputProblem(String output, boolean repeated, Map<String, String> named, Set<String> repeatedIds) {
        if (!ID.matcher(output).matches()) {
            return Optional.of("expected a file name of lower-case letters, digits, dots and dashes, got \"" + output + "\"");
        }
        Optional<String> own = repeated ? Optional.empty() : SetLayout.setFileOf(output);
        if (own.isPresent()) {
            return Optional.of("\"" + output + "\" would write " + own.get() + ", a file the build writes for the whole set; "
                    + "expected another name");
        }
        for (Map.Entry<String, String> other : named.entrySet()) {
            String id = other.getKey();
            String name = other.getValue();
            boolean otherRepeated = repeatedIds.contains(id);
            if (name.equals(output)) {
                return Optional.of("\"" + output + "\" is already the file name of the document \"" + id + "\"; expected a unique "
                        + "file name");
            }
            if (!repeated && otherRepeated && SetLayout.isRepeatedName(output, name)) {
                return Optional.of("\"" + output + "\" is the name of one of the files of the document \"" + id + "\", made for "
                        + "each item as " + SetLayout.repeated(name, 1, 1) + ", " + SetLayout.repeated(name, 2, 2) + ", ...; expected "
                        + "another name");
            }
            if (repeated && !otherRepeated && SetLayout.isRepeatedName(name, output)) {
                return Optional.of("made for each item as " + SetLayout.repeated(output, 1, 1) + ", " + SetLayout.repeated(output, 2, 2)
                        + ", ..., one of which is the document \"" + id + "\" (\"" + name + "\"); expected another name");
            }
        }
        return Optional.empty();
    }

    /** The name's pattern keeps it in the folder; a symbolic link could still lead out, so follow it. */
    private static boolean inside(Path templatesDir, String name) {
        try {
            return templatesDir.resolve(name).toRealPath().startsWith(templatesDir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code when: results}: the document is in the set only when the deal gives that optional field, or says yes to it. */
    private static Optional<String> when(YamlMapping m, Kit kit) throws InputException {
        Optional<String> when = m.optionalText("when");
        if (when.isPresent()) {
            Optional<com.closingset.kit.Field> f = kit.field(when.get());
            if (f.isEmpty() || (f.get().required() && f.get().type() != com.closingset.kit.FieldType.YES_NO)) {
                throw m.error("when", "expected an optional field or a yes/no of the deal, got \"" + when.get() + "\"");
            }
        }
        return when;
    }

    /** {@code for_each: investors} makes one document for each item of a list the kit's schema declares. */
    private static Optional<String> forEach(YamlMapping m, Kit kit) throws InputException {
        Optional<String> forEach = m.optionalText("for_each");
        if (forEach.isPresent() && !kit.lists().contains(forEach.get())) {
            throw m.error("for_each", "expected a list of the deal (" + String.join(", ", kit.lists())
                    + ": one document for each item), got \"" + forEach.get() + "\"");
        }
        return forEach;
    }
}
