package dev.miglint.dryrun;

import dev.miglint.model.Dialect;
import dev.miglint.scan.Scanner;
import dev.miglint.scan.Segment;
import dev.miglint.scan.Token;
import dev.miglint.scan.TokenKind;
import dev.miglint.source.History;
import dev.miglint.source.MigrationFile;
import dev.miglint.source.SourceFile;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One history to dry-run: its files in order, each either setup (applied and committed) or a target (traced). */
record HistoryPlan(History history, List<Entry> files, boolean pendingOnly) {

    /**
     * {@code pendingOnly}: on a given database, {@code files} are exactly those its migration record does not list,
     * so the ones before a target run first; otherwise the files before the targets are taken as applied there.
     */
    HistoryPlan(History history, List<Entry> files) {
        this(history, files, false);
    }

    record Entry(MigrationFile file, SourceFile source, boolean target, SourceFile down) {
    }

    boolean hasTargets() {
        return files.stream().anyMatch(Entry::target);
    }

    /** The index of the last target: files after it need not be applied at all. -1 without targets. */
    int lastTargetIndex() {
        for (int i = files.size() - 1; i >= 0; i--) {
            if (files.get(i).target()) {
                return i;
            }
        }
        return -1;
    }

    /** Identifiers of the target migrations, lower-cased, unquoted: which tables they touch. */
    Set<String> targetWords(Dialect dialect) {
        Set<String> words = new HashSet<>();
        for (Entry e : files) {
            if (!e.target()) {
                continue;
            }
            String text = e.source().text();
            for (Segment s : Scanner.scan(text, dialect).statements()) {
                for (Token t : s.tokens()) {
                    String w = text.substring(t.start(), t.end());
                    if (t.kind() == TokenKind.QUOTED_IDENT && w.length() >= 2) {
                        words.add(w.substring(1, w.length() - 1).toLowerCase(Locale.ROOT));
                    } else {
                        words.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return words;
    }
}
