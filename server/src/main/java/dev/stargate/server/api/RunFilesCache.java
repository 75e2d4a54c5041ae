package dev.stargate.server.api;

import dev.stargate.server.Trees;
import dev.stargate.server.store.RunStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Succeeded runs' directories on local disk, written from the store on first use, for queries that
 * read files (DuckDB over the Parquet tables). The store stays the system of record; a cached
 * directory is complete or absent (written aside, then moved into place), and the least recently
 * used are removed beyond {@code maxRuns}.
 */
final class RunFilesCache {
    private final Path root;
    private final RunStore store;
    private final int maxRuns;

    RunFilesCache(Path root, RunStore store, int maxRuns) {
        this.root = root;
        this.store = store;
        this.maxRuns = maxRuns;
    }

    /** Where a run's directory is (or would be) kept. */
    Path path(long runId) {
        return root.resolve("run-" + runId);
    }

    synchronized Path dir(long runId) {
        Path dir = path(runId);
        try {
            if (Files.isDirectory(dir)) {
                Files.setLastModifiedTime(dir, FileTime.fromMillis(System.currentTimeMillis()));
                return dir;
            }
            Files.createDirectories(root);
            Path tmp = Files.createTempDirectory(root, "writing-");
            for (RunStore.FileInfo f : store.files(runId)) {
                Files.write(tmp.resolve(f.name()), store.file(runId, f.name()).orElseThrow());
            }
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir);
            }
            evictBeyondLimit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write run " + runId + "'s files to " + root, e);
        }
    }

    synchronized void remove(long runId) {
        delete(path(runId));
    }

    private void evictBeyondLimit() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(root)) {
            dirs = s.filter(p -> p.getFileName().toString().startsWith("run-")).sorted(Comparator.comparing(RunFilesCache::modified)).toList();
        }
        for (int i = 0; i < dirs.size() - maxRuns; i++) delete(dirs.get(i));
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void delete(Path dir) {
        try {
            Trees.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
