package dev.miglint.source;

import dev.miglint.model.Dialect;
import dev.miglint.model.TransactionWrapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway: {@code V<version>__<description>.sql} in version order (segments split at {@code .} or {@code _}
 * compared as numbers, so V1_10 follows V1_9 and V2.1 equals V2_1), then the repeatable
 * {@code R__<description>.sql} by description; {@code U<version>__} is the (optional, paid) undo of
 * V&lt;version&gt;. Each migration runs in a transaction unless its script configuration says
 * {@code executeInTransaction=false} (a {@code -- flyway:executeInTransaction=false} line or a sibling
 * {@code .sql.conf}) or, on PostgreSQL, it holds a statement Flyway's parser marks non-transactional.
 */
final class FlywayDetector implements FrameworkDetector {
    private static final Pattern VERSIONED = Pattern.compile("^([VU])(\\d+(?:[._]\\d+)*)__(.*)\\.sql$");
    private static final Pattern REPEATABLE = Pattern.compile("^R__(.*)\\.sql$");
    private static final Pattern SCRIPT_NO_TRANSACTION = Pattern.compile("(?im)^\\s*--\\s*flyway:executeInTransaction\\s*=\\s*false\\b");
    private static final Pattern CONF_NO_TRANSACTION = Pattern.compile("(?im)^\\s*executeInTransaction\\s*=\\s*false\\b");
    /** {@code flyway.mixed=true} (flyway.conf) or {@code mixed = true} (flyway.toml). */
    private static final Pattern MIXED = Pattern.compile("(?im)^\\s*(flyway\\.)?mixed\\s*=\\s*\"?true\\b");

    private record Versioned(Path path, String version) {
    }

    @Override
    public List<History> detect(Path dir, DetectContext ctx) throws IOException {
        List<Versioned> ups = new ArrayList<>();
        List<Versioned> undos = new ArrayList<>();
        List<Path> repeatables = new ArrayList<>();
        for (Path p : ctx.sqlFiles(dir)) {
            String name = p.getFileName().toString();
            Matcher m = VERSIONED.matcher(name);
            if (m.matches()) {
                (m.group(1).equals("V") ? ups : undos).add(new Versioned(p, m.group(2)));
            } else if (REPEATABLE.matcher(name).matches()) {
                repeatables.add(p);
            }
        }
        if (ups.isEmpty()) {
            return List.of();
        }
        ups.sort(Comparator.comparing(Versioned::version, NaturalOrder.VERSIONS));
        repeatables.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<Path> ordered = new ArrayList<>(ups.stream().map(Versioned::path).toList());
        ordered.addAll(repeatables);
        Dialect dialect = ctx.dialect(dir, null, ordered);
        boolean mixed = mixedAllowed(dir, ctx);
        List<MigrationFile> files = new ArrayList<>();
        for (Path p : ordered) {
            String version = ups.stream().filter(v -> v.path().equals(p)).map(Versioned::version).findFirst().orElse(null);
            Path undo = version == null ? null : undos.stream()
                    .filter(u -> NaturalOrder.VERSIONS.compare(u.version(), version) == 0)
                    .map(Versioned::path).findFirst().orElse(null);
            files.add(MigrationFile.of(p, ctx.display(p), "flyway", wrapping(p, dialect, mixed, ctx), null,
                    undo == null ? null : DownStep.wholeFile(undo)));
        }
        return List.of(new History(ctx.display(dir), "flyway", dialect, files));
    }

    /**
     * A migration holding a statement Flyway runs outside a transaction is {@code NO_MIXING}: Flyway refuses it when
     * it also holds a transactional statement (any other, SET included), also under {@code executeInTransaction=false},
     * unless {@code mixed=true} ("Detected both transactional and non-transactional statements within the same
     * migration (even though mixed is false)").
     */
    private static TransactionWrapping wrapping(Path p, Dialect dialect, boolean mixed, DetectContext ctx) {
        String text = ctx.read(p);
        if (TransactionSemantics.flywayNonTransactional(text, DetectContext.orDefault(dialect))) {
            return mixed ? TransactionWrapping.NONE : TransactionWrapping.NO_MIXING;
        }
        Path conf = p.resolveSibling(p.getFileName() + ".conf");
        if (SCRIPT_NO_TRANSACTION.matcher(text).find()
                || Files.isRegularFile(conf) && CONF_NO_TRANSACTION.matcher(ctx.read(conf)).find()) {
            return TransactionWrapping.NONE;
        }
        return TransactionWrapping.TRANSACTION;
    }

    /** {@code mixed=true} in a flyway.conf / flyway.toml of the migration directory or up to 3 directories above it. */
    private static boolean mixedAllowed(Path dir, DetectContext ctx) {
        Path d = dir;
        for (int i = 0; i < 4 && d != null; i++, d = d.getParent()) {
            for (String name : new String[] {"flyway.conf", "flyway.toml", "conf/flyway.conf"}) {
                Path f = d.resolve(name);
                if (Files.isRegularFile(f) && MIXED.matcher(ctx.read(f)).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
