package dev.miglint.dialect.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.DataType;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Names;
import dev.miglint.model.QualifiedName;
import dev.miglint.schema.ColumnState;
import dev.miglint.schema.ConstraintState;
import dev.miglint.schema.IndexState;
import dev.miglint.schema.SchemaView;
import dev.miglint.schema.TransactionView;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an ALTER COLUMN TYPE does on PostgreSQL given what the history knows: the storage change ({@link TypeChange}),
 * the indexes it rebuilds and the CHECK constraints it checks again.
 */
public final class ColumnTypeChanges {

    /** UTC spelled the ways PostgreSQL accepts for the TimeZone setting (quotes removed, lower-cased). */
    private static final Set<String> UTC = Set.of("utc", "etc/utc", "gmt", "etc/gmt", "z", "zulu", "etc/zulu", "+00",
            "-00", "+00:00", "-00:00", "0", "00:00", "+0", "-0", "utc0", "gmt0", "etc/gmt0", "etc/gmt+0", "etc/gmt-0",
            "universal", "etc/universal", "uct", "etc/uct", "greenwich", "etc/greenwich", "interval +00:00 hour to minute");

    private ColumnTypeChanges() {
    }

    /**
     * The cost of an ALTER COLUMN TYPE: {@link TypeChange#classify} with the column's type from the history, and
     * for timestamp ↔ timestamptz on PostgreSQL 12+ the session TimeZone this migration set: with UTC there is
     * no rewrite, and only the indexes on the column (when the history has any) are rebuilt.
     */
    public static TypeChange typeChange(QualifiedName table, AlterAction.AlterColumnType change, SchemaView schema,
            TransactionView tx, int pgVersion) {
        TypeChange storage = storageChange(table, change, schema, tx, pgVersion);
        if (storage.rewrites() || storage.kind() == TypeChange.Kind.CHECK_SCAN) {
            return storage;
        }
        List<String> rebuilt = indexesRebuiltBy(schema, table, change.column()).stream()
                .map(ix -> Names.quoted(ix.name())).toList();
        if (storage.kind() == TypeChange.Kind.NO_REWRITE && !rebuilt.isEmpty()) {
            storage = new TypeChange(TypeChange.Kind.INDEX_REBUILD, storage.reason() + ", but PostgreSQL rebuilds "
                    + (rebuilt.size() == 1 ? "index " : "indexes ") + String.join(", ", rebuilt)
                    + ": it cannot keep an expression or partial index that reads the column");
        }
        // ALTER COLUMN TYPE drops and re-adds every constraint on the column; a re-added CHECK reads every row
        List<String> checks = checksReading(schema, table, change.column()).stream()
                .map(c -> Names.quoted(checkName(table, change.column(), c))).toList();
        if (checks.isEmpty()) {
            return storage;
        }
        String recheck = "PostgreSQL checks " + (checks.size() == 1 ? "CHECK constraint " : "CHECK constraints ")
                + String.join(", ", checks) + " again on every row";
        return storage.kind() == TypeChange.Kind.INDEX_REBUILD
                ? new TypeChange(TypeChange.Kind.INDEX_REBUILD, storage.reason() + ", and " + recheck)
                : new TypeChange(TypeChange.Kind.CHECK_SCAN, storage.reason() + ", but " + recheck);
    }

    /** The indexes of {@code table} that a type change of {@code column} rebuilds even without a rewrite. */
    public static List<IndexState> indexesRebuiltBy(SchemaView schema, QualifiedName table, String column) {
        return schema.indexesOn(table).stream().filter(ix -> ix.rebuiltOnTypeChangeOf(column)).toList();
    }

    /** The validated CHECK constraints of {@code table} that read {@code column}. */
    public static List<ConstraintState> checksReading(SchemaView schema, QualifiedName table, String column) {
        return schema.table(table).map(t -> t.constraints().stream()
                .filter(c -> c.validated() && c.definition().kind() == ConstraintDef.Kind.CHECK
                        && c.definition().readsColumn(column))
                .toList()).orElse(List.of());
    }

    /**
     * The constraint's name in the catalog: PostgreSQL names an unnamed CHECK {@code <table>_<column>_check} after the
     * column it is written on, or else the first column it reads ({@code column} when that is not known).
     */
    public static String checkName(QualifiedName table, String column, ConstraintState check) {
        if (!check.name().startsWith("$")) {
            return check.name();
        }
        String first = check.definition().columns().isEmpty() ? column : check.definition().columns().get(0);
        return table.name() + "_" + first + "_check";
    }

    private static TypeChange storageChange(QualifiedName table, AlterAction.AlterColumnType change, SchemaView schema,
            TransactionView tx, int pgVersion) {
        Optional<ColumnState> column = schema.table(table).flatMap(t -> t.column(change.column()));
        DataType from = column.map(ColumnState::type).orElse(null);
        TypeChange verdict = TypeChange.classify(from, change.type(), change.using(), change.column(), pgVersion);
        if (verdict.kind() == TypeChange.Kind.INDEX_REBUILD && column.isPresent()
                && !indexed(schema, table, change.column())) {
            return new TypeChange(TypeChange.Kind.NO_REWRITE, verdict.reason() + "; the history shows no index on "
                    + Identifiers.quoteIfNeeded(change.column()));
        }
        if (verdict.kind() == TypeChange.Kind.NO_REWRITE && !change.redefinesColumn() && column.isPresent()
                && !sameCollation(column.get().collation(), change.collation())) {
            String reason = "changing the collation of " + Identifiers.quoteIfNeeded(change.column()) + " ("
                    + collationName(column.get().collation()) + " to " + collationName(change.collation())
                    + ") does not rewrite the table";
            return indexed(schema, table, change.column())
                    ? new TypeChange(TypeChange.Kind.INDEX_REBUILD, reason + ", but every index on the column is rebuilt"
                            + " for the new sort order")
                    : new TypeChange(TypeChange.Kind.NO_REWRITE, reason);
        }
        if (verdict.kind() != TypeChange.Kind.TIMEZONE_DEPENDENT || tx == null || !isUtc(tx.setting("timezone"))) {
            return verdict;
        }
        String reason = "with the session TimeZone set to UTC, PostgreSQL 12+ changes " + from.raw() + " to "
                + change.type().raw() + " without rewriting the table";
        return indexed(schema, table, change.column())
                ? new TypeChange(TypeChange.Kind.INDEX_REBUILD, reason + ", but the indexes on the column are rebuilt")
                : new TypeChange(TypeChange.Kind.NO_REWRITE, reason);
    }

    /** The history knows an index, or a PRIMARY KEY / UNIQUE / EXCLUDE constraint, on the column. */
    public static boolean indexed(SchemaView schema, QualifiedName table, String column) {
        return schema.indexesOn(table).stream().anyMatch(ix -> ix.columns().contains(column))
                || schema.table(table).map(t -> t.constraints().stream().anyMatch(c -> c.definition().isUniqueLike()
                        && c.definition().columns().contains(column))).orElse(false);
    }

    /** Two column collations (null: the type's default) are the same; {@code "default"} names the default. */
    private static boolean sameCollation(String a, String b) {
        return collationName(a).equals(collationName(b));
    }

    private static String collationName(String collation) {
        return collation == null || collation.equalsIgnoreCase("default") ? "the default collation"
                : "COLLATE \"" + collation + "\"";
    }

    /** The session TimeZone is UTC (any of its spellings). */
    public static boolean isUtc(Optional<String> timezone) {
        return timezone.map(z -> UTC.contains(z.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))).orElse(false);
    }
}
