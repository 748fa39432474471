package dev.miglint.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locations tests read from: the repository root and the shared corpus (absent on a user's clone). */
public final class Paths {
    private Paths() {
    }

    public static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("pom.xml"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("not inside the repository");
        }
        return p;
    }

    public static Optional<Path> corpus() {
        return sharedCorpus("miglint.corpus", "corpus");
    }

    /** The second corpus ({@code ../shared/corpus2}), absent on a user's clone. */
    public static Optional<Path> corpus2() {
        return sharedCorpus("miglint.corpus2", "corpus2");
    }

    private static Optional<Path> sharedCorpus(String property, String name) {
        String prop = System.getProperty(property);
        for (Path candidate : new Path[] {prop == null ? null : Path.of(prop), repoRoot().resolve("../shared/" + name),
                Path.of("/work/shared/" + name)}) {
            if (candidate != null && Files.isDirectory(candidate)) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }
}
