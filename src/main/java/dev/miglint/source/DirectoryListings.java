package dev.miglint.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each directory listed once per run and shared by every detector and search context: thirteen detectors tried on
 * a folder (and on up to three ancestors of a linted file) would otherwise list and stat it thirteen times. Only
 * names and file types are read here, never a file's content.
 */
final class DirectoryListings {
    /** What a directory holds: regular files (links followed) and directories (links not followed), in natural name order. */
    record Listing(List<Path> files, List<Path> directories, Set<String> names) {
        /** Whether the folder is the root of a repository (a .git folder, or a .git file of a worktree or submodule). */
        boolean repositoryRoot() {
            return names.contains(".git");
        }
    }

    private static final java.util.Comparator<Path> BY_NAME =
            (a, b) -> NaturalOrder.INSTANCE.compare(a.getFileName().toString(), b.getFileName().toString());

    private final Map<Path, Listing> listings = new HashMap<>();
    private final Set<Path> read = new java.util.HashSet<>();

    Listing of(Path dir) throws IOException {
        Listing known = listings.get(dir);
        if (known != null) {
            return known;
        }
        List<Path> files = new ArrayList<>();
        List<Path> directories = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                names.add(entry.getFileName().toString());
                BasicFileAttributes attributes = attributes(entry);
                if (attributes == null) {
                    continue;
                }
                if (attributes.isDirectory()) {
                    directories.add(entry);
                } else if (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        }
        files.sort(BY_NAME);
        directories.sort(BY_NAME);
        Listing listing = new Listing(List.copyOf(files), List.copyOf(directories), Set.copyOf(names));
        listings.put(dir, listing);
        return listing;
    }

    /** The directories listed so far (for tests: which folders a search looked into). */
    Set<Path> listed() {
        return Set.copyOf(listings.keySet());
    }

    /** Records that a detector read this file's text. */
    void noteRead(Path file) {
        read.add(file);
    }

    /** The files whose text was read so far (for tests: nothing but SQL and framework configuration is read). */
    Set<Path> read() {
        return Set.copyOf(read);
    }

    private static BasicFileAttributes attributes(Path entry) {
        try {
            return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }
}
