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
    private static final Pattern SCRIPT_TRANSACTION = Pattern.compile("(?im)^\\s*--\\s*flyway:executeInTransaction\\s*=\\s*(true|false)\\b");
    private static final Pattern CONF_TRANSACTION = Pattern.compile("(?im)^\\s*executeInTransaction\\s*=\\s*(true|false)\\b");
    /** {@code flyway.mixed=true} (flyway.conf) or {@code mixed = true} (flyway.toml). */
    private static final Pattern MIXED = Pattern.compile("(?im)^\\s*(flyway\\.)?mixed\\s*=\\s*\"?true\\b");
    /** {@code flyway.executeInTransaction=false} for the whole project. */
    private static final Pattern GLOBAL_NO_TRANSACTION = Pattern.compile("(?im)^\\s*(flyway\\.)?executeInTransaction\\s*=\\s*\"?false\\b");

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
        String config = projectConfig(dir, ctx);
        boolean mixed = MIXED.matcher(config).find();
        boolean noTransaction = GLOBAL_NO_TRANSACTION.matcher(config).find();
        List<MigrationFile> files = new ArrayList<>();
        for (Path p : ordered) {
            String version = ups.stream().filter(v -> v.path().equals(p)).map(Versioned::version).findFirst().orElse(null);
            Path undo = version == null ? null : undos.stream()
                    .filter(u -> NaturalOrder.VERSIONS.compare(u.version(), version) == 0)
                    .map(Versioned::path).findFirst().orElse(null);
            files.add(MigrationFile.of(p, ctx.display(p), Framework.FLYWAY.id(), wrapping(p, dialect, mixed, noTransaction, ctx), null,
                    undo == null ? null : DownStep.wholeFile(undo)));
        }
        return List.of(new History(ctx.display(dir), Framework.FLYWAY.id(), dialect, files));
    }

    /**
     * The script configuration ({@code -- flyway:executeInTransaction=...} or a sibling {@code .sql.conf}) decides when
     * present. Otherwise a migration holding a statement Flyway runs outside a transaction is {@code NO_MIXING}:
     * Flyway (ParserSqlScript.parse) refuses it when it also holds a transactional statement (any other, SET
     * included), unless {@code mixed=true} or executeInTransaction is configured ("Detected both transactional and
     * non-transactional statements within the same migration (even though mixed is false)").
     */
    private static TransactionWrapping wrapping(Path p, Dialect dialect, boolean mixed, boolean noTransaction,
            DetectContext ctx) {
        String text = ctx.read(p);
        Matcher script = SCRIPT_TRANSACTION.matcher(text);
        Path conf = p.resolveSibling(p.getFileName() + ".conf");
        Matcher sidecar = CONF_TRANSACTION.matcher(Files.isRegularFile(conf) ? ctx.read(conf) : "");
        if (script.find()) {
            return script.group(1).equalsIgnoreCase("true") ? TransactionWrapping.TRANSACTION : TransactionWrapping.NONE;
        } else if (sidecar.find()) {
            return sidecar.group(1).equalsIgnoreCase("true") ? TransactionWrapping.TRANSACTION : TransactionWrapping.NONE;
        } else if (noTransaction) {
            return TransactionWrapping.NONE;
        } else if (TransactionSemantics.flywayNonTransactional(text, DetectContext.orDefault(dialect))) {
            return mixed ? TransactionWrapping.NONE : TransactionWrapping.NO_MIXING;
        }
        return TransactionWrapping.TRANSACTION;
    }

    /** The text of the flyway.conf / flyway.toml files in the migration directory and up to 3 directories above it. */
    private static String projectConfig(Path dir, DetectContext ctx) {
        StringBuilder b = new StringBuilder();
        Path d = dir;
        for (int i = 0; i < 4 && d != null; i++, d = d.getParent()) {
            for (String name : new String[] {"flyway.conf", "flyway.toml", "conf/flyway.conf"}) {
                Path f = d.resolve(name);
                if (Files.isRegularFile(f)) {
                    b.append(ctx.read(f)).append('\n');
                }
            }
        }
        return b.toString();
    }
}
