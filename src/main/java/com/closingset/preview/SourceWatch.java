package com.closingset.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The project's sources as they change: every folder under {@code deal/} and {@code templates/},
 * folders made later included, and those two themselves when made after the watch began. An editor
 * saves in a burst (a backup, a temporary file, a rename, the file itself), so changes are handed
 * out only once none has come for a short while: one save, one rebuild, naming the files it
 * changed, not those it made and removed on the way.
 */
final class SourceWatch implements AutoCloseable {
    private final Path home;
    private final WatchService service;
    // Folders watched by themselves (the project's, the repository's, a deal file's named outside): a folder made
    // in one, such as output/, is not watched, unless it is one of the folders watched whole.
    private final Set<Path> alone = ConcurrentHashMap.newKeySet();
    private final List<Path> folders;

    /**
     * Watches {@code folders} of {@code home}, each with every folder under it, and {@code home} itself
     * alone, for one of them made later: a project whose {@code deal/} is made after serve starts, or
     * made again after a checkout that had none.
     */
    SourceWatch(Path home, List<String> folders) throws IOException {
        this.home = home;
        this.folders = folders.stream().map(home::resolve).toList();
        this.service = FileSystems.getDefault().newWatchService();
        for (Path f : this.folders) {
            register(f);
        }
        watchOnly(home);
    }

    /** Watches {@code folder} too, itself alone, not the folders under it, nor those made in it later. */
    void watchOnly(Path folder) throws IOException {
        alone.add(folder);
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    /**
     * Waits for a change, then for {@code quiet} without another; the files changed, relative to the
     * project ({@code deal/x.yaml}). Empty once the watch is closed.
     */
    Optional<SortedSet<String>> next(Duration quiet) throws InterruptedException, IOException {
        Map<Path, WatchEvent.Kind<?>> first = new HashMap<>();
        try {
            WatchKey key = service.take();
            while (key != null) {
                drain(key, first);
                key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        }
        SortedSet<String> changed = new TreeSet<>();
        first.forEach((path, kind) -> {
            // A file made and gone within the burst (sed -i's sedXXXXXX, vim's 4913 probe) changed nothing.
            if (kind != StandardWatchEventKinds.ENTRY_CREATE || Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                changed.add(relative(path));
            }
        });
        return Optional.of(changed);
    }

    /** Notes each path's first event of the burst; a folder whose events were lost is noted as modified. */
    private void drain(WatchKey key, Map<Path, WatchEvent.Kind<?>> first) throws IOException {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // Events were lost: say the folder changed, which rebuilds as much as any file in it.
                first.putIfAbsent(dir, StandardWatchEventKinds.ENTRY_MODIFY);
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            first.putIfAbsent(path, event.kind());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && (!alone.contains(dir) || folders.contains(path))
                    && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                register(path);
            }
        }
        key.reset();
    }

    private void register(Path top) throws IOException {
        if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(top)) {
            for (Path d : dirs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    /** A path as the changes name it: relative to the project, {@code deal/x.yaml}, or {@code ../x.yaml} outside it. */
    String relative(Path p) {
        return home.relativize(p).toString().replace('\\', '/');
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
