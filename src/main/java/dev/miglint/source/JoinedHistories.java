package dev.miglint.source;

import dev.miglint.model.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Folders that one database gets applied in a fixed order (supabase: init scripts, then migrations), configured
 * as {@code histories = [...]}, become one history, so the later folders are checked against the schema the
 * earlier ones built. Only the migrations the given paths name are reported; those of the other folders before
 * them are replayed as context.
 */
public final class JoinedHistories {
    private JoinedHistories() {
    }

    /**
     * {@code found} with the histories inside {@code folders} replaced by one joined history; unchanged when none
     * of them is inside. {@code folders}: absolute, in the order they are applied; {@code paths}: the paths given,
     * whose migrations are reported (a folder a given path holds is reported even if discovery skipped it as
     * init scripts).
     */
    public static List<History> join(List<History> found, List<Path> folders, List<Path> paths, HistoryFinder finder)
            throws IOException {
        if (folders.isEmpty() || found.stream().flatMap(h -> h.files().stream()).noneMatch(f -> inside(f, folders))) {
            return found;
        }
        List<MigrationFile> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String framework = Framework.PLAIN.id();
        Dialect dialect = null;
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new IOException("histories: " + finder.displayPath(folder) + ": no such folder");
            }
            names.add(finder.displayPath(folder));
            for (History h : finder.discover(folder)) {
                files.addAll(h.files());
                // the last folder is the migrations proper: its framework and dialect name the history
                framework = h.framework();
                dialect = h.dialect() != null ? h.dialect() : dialect;
            }
        }
        List<Path> given = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        int first = -1;
        int last = -1;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i).path().toAbsolutePath().normalize();
            if (given.stream().anyMatch(file::startsWith)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return found;
        }
        List<History> out = new ArrayList<>();
        boolean added = false;
        for (History h : found) {
            List<MigrationFile> outside = h.files().stream().filter(f -> !inside(f, folders)).toList();
            if (outside.size() < h.files().size() && !added) {
                out.add(new History(String.join(" + ", names), framework, dialect, files.subList(0, last + 1),
                        first));
                added = true;
            }
            if (outside.size() == h.files().size()) {
                out.add(h);
            } else if (!outside.isEmpty()) {
                // a history that also held other files (a plain tree): those stay a history of their own
                int context = (int) h.files().subList(0, h.contextFiles()).stream().filter(f -> !inside(f, folders))
                        .count();
                out.add(new History(h.name(), h.framework(), h.dialect(), outside, context, h.dialectNote()));
            }
        }
        if (!added) {
            out.add(new History(String.join(" + ", names), framework, dialect, files.subList(0, last + 1), first));
        }
        return out;
    }

    /** Display paths of the folders: skipped-folder notes about them no longer apply. */
    public static Set<String> displayed(List<Path> folders, HistoryFinder finder) {
        Set<String> out = new HashSet<>();
        folders.forEach(f -> out.add(finder.displayPath(f)));
        return out;
    }

    private static boolean inside(MigrationFile file, List<Path> folders) {
        Path p = file.path().toAbsolutePath().normalize();
        return folders.stream().anyMatch(p::startsWith);
    }
}
