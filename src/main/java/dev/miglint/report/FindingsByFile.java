package dev.miglint.report;

import dev.miglint.rules.Finding;
import dev.miglint.rules.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings grouped per migration file for a reader: the files with the worst findings first (then by path), and
 * within a file errors before warnings before notes, each by position. A long file's notes then never push its
 * errors out of sight.
 */
final class FindingsByFile {

    record File(String path, List<Finding> findings) {
        Level worst() {
            return findings.get(0).level();
        }
    }

    private static final Comparator<Finding> WITHIN_FILE = Comparator.comparing(Finding::level)
            .thenComparingInt(Finding::startLine).thenComparingInt(Finding::startColumn);

    private FindingsByFile() {
    }

    static List<File> of(List<Finding> findings) {
        Map<String, List<Finding>> byPath = new LinkedHashMap<>();
        for (Finding f : findings) {
            byPath.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
        }
        List<File> files = new ArrayList<>();
        byPath.forEach((path, list) -> {
            list.sort(WITHIN_FILE);
            files.add(new File(path, List.copyOf(list)));
        });
        files.sort(Comparator.comparing(File::worst).thenComparing(File::path));
        return files;
    }
}
