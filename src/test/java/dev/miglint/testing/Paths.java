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
        String prop = System.getProperty("miglint.corpus");
        for (Path candidate : new Path[] {prop == null ? null : Path.of(prop), repoRoot().resolve("../shared/corpus"),
                Path.of("/work/shared/corpus")}) {
            if (candidate != null && Files.isDirectory(candidate)) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }
}
