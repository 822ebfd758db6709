package com.closingset.kit;

import com.closingset.deal.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The kits of a templates folder: each sub-folder holding a {@code kit.yaml}. A kit is read the first
 * time a deal names it, then kept. A deal file that names no kit takes the only one there is.
 */
public final class Kits {
    private final Path templatesDir;
    private final List<String> names;
    private final Map<String, Kit> loaded = new ConcurrentHashMap<>();

    private Kits(Path templatesDir, List<String> names) {
        this.templatesDir = templatesDir;
        this.names = names;
    }

    public static Kits in(Path templatesDir) throws IOException {
        if (!Files.isDirectory(templatesDir)) {
            return new Kits(templatesDir, List.of());
        }
        try (Stream<Path> list = Files.list(templatesDir)) {
            return new Kits(templatesDir, list.filter(p -> Files.isRegularFile(p.resolve(Kit.FILE_NAME)))
                    .map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /**
     * The kit a deal names, or the only kit when it names none; {@code where} places the problem
     * ({@code file}, line and column of the deal's {@code kit:}) when there is no such kit.
     */
    public Kit kit(Optional<String> named, String file, int line, int column) throws InputException {
        String name;
        if (named.isPresent()) {
            name = named.get();
            if (!names.contains(name)) {
                throw new InputException(file, line, column, "kit", "no kit \"" + name + "\" in " + shownFolder() + "/"
                        + (names.isEmpty() ? " (it holds no kit.yaml)" : "; kits there: " + String.join(", ", names)));
            }
        } else if (names.size() == 1) {
            name = names.get(0);
        } else {
            throw new InputException(file, line, column, "kit", names.isEmpty()
                    ? "no kit in " + shownFolder() + "/ (a folder with a kit.yaml)"
                    : "required field is missing; name the deal's kit, one of: " + String.join(", ", names));
        }
        return kit(name);
    }

    /** The kit of that name, read once. */
    public Kit kit(String name) throws InputException {
        Kit kit = loaded.get(name);
        if (kit == null) {
            if (!names.contains(name)) {
                throw new InputException(shownFolder() + "/" + name, 0, 0, "", "no such kit; kits here: " + String.join(", ", names));
            }
            kit = KitLoader.load(templatesDir.resolve(name), shownFolder() + "/" + name);
            loaded.put(name, kit);
        }
        return kit;
    }

    private String shownFolder() {
        return templatesDir.getFileName() == null ? templatesDir.toString() : templatesDir.getFileName().toString();
    }
}
