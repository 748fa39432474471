package dev.miglint.schema;

import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Dialect;
import dev.miglint.model.Identifiers;
import dev.miglint.model.JoinedTables;
import dev.miglint.model.Names;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.model.WhereClause;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How many existing rows an UPDATE or DELETE touches, judged from its WHERE clause and the schema:
 * <ul>
 * <li>{@link Kind#EVERY_ROW}: no WHERE, a WHERE that is always true ({@code WHERE true}, {@code WHERE 1 = 1}),
 * or a WHERE that only tests {@code col IS NULL} for columns added in this migration without a default (every
 * existing row has them NULL), or that only tests {@code col IS NOT NULL} (or {@code col = col}) for NOT NULL
 * columns, or that only joins each row to the row its NOT NULL foreign key references in the table of
 * UPDATE .. FROM / DELETE .. USING ({@code WHERE c.id = items.cat_id}), or whose comparisons ({@code qty >= 0}) a
 * CHECK of the column or of its domain already guarantees ({@link ImpliedComparisons});</li>
 * <li>{@link Kind#EVERY_JOINED_ROW}: a WHERE that only pairs the target's rows with rows of other existing tables of
 * UPDATE .. FROM / DELETE .. USING ({@code WHERE a.id = items.id}), with no condition on either side: every row that
 * has a partner, which is how a backfill from another table is written, not a batch;</li>
 * <li>{@link Kind#FEW_ROWS}: the WHERE pins a primary key or unique column (or constraint / unique index columns)
 * to literal values, or {@code id} when the table's key is not known: a point update, not a backfill;</li>
 * <li>{@link Kind#SOME_ROWS}: anything else, possibly many rows.</li>
 * </ul>
 * {@code reason} explains EVERY_ROW / FEW_ROWS in a sentence fragment (empty for SOME_ROWS); {@code partners} names the
 * joined tables of EVERY_JOINED_ROW.
 */
public record RowScope(Kind kind, String reason, List<QualifiedName> partners) {

    public RowScope {
        partners = List.copyOf(partners);
    }

    public RowScope(Kind kind, String reason) {
        this(kind, reason, List.of());
    }

    public enum Kind { EVERY_ROW, EVERY_JOINED_ROW, SOME_ROWS, FEW_ROWS }

    /** Every row of the table: it is empty afterwards if the statement was a DELETE. */
    public boolean everyRow() {
        return kind == Kind.EVERY_ROW;
    }

    /** Nothing in the WHERE bounds how many rows it touches: every row, or every row with a partner. */
    public boolean unbounded() {
        return kind == Kind.EVERY_ROW || kind == Kind.EVERY_JOINED_ROW;
    }

    /** "every row of existing table {@code table}", narrowed to the rows with partners when only joins bound it. */
    public String rowsOf(String table, Dialect dialect) {
        return "every row of existing table " + table + (kind == Kind.EVERY_JOINED_ROW ? " that has a partner in "
                + partners.stream().map(p -> p.sql(dialect)).collect(Collectors.joining(", ")) : "");
    }

    public boolean fewRows() {
        return kind == Kind.FEW_ROWS;
    }

    /**
     * The scope of an UPDATE or DELETE that reaches every row (or every joined row) of a table that has rows; empty
     * when it is narrowed, or when the table is new or was emptied earlier in the migration.
     */
    public static Optional<RowScope> everyRowWritten(Statement statement, SchemaView schema) {
        QualifiedName table = statement instanceof Statement.Update u ? u.table()
                : statement instanceof Statement.Delete d ? d.table() : null;
        if (table == null || schema.isScanFree(table)) {
            return Optional.empty();
        }
        RowScope scope = of(statement, schema);
        return scope.unbounded() ? Optional.of(scope) : Optional.empty();
    }

    /** The scope of an UPDATE or DELETE; INSERT ... SELECT and anything else: SOME_ROWS. */
    public static RowScope of(Statement statement, SchemaView schema) {
        if (statement instanceof Statement.Update u && u.table() != null) {
            return of(u.table(), u.hasWhere() ? where(u.where()) : null, u.joined(), schema);
        }
        if (statement instanceof Statement.Delete d && d.table() != null) {
            return of(d.table(), d.hasWhere() ? where(d.where()) : null, d.joined(), schema);
        }
        return new RowScope(Kind.SOME_ROWS, "");
    }

    /** The scope of the rows an INSERT ... SELECT reads from its source table (EVERY_ROW without a WHERE). */
    public static RowScope ofSource(Statement.SelectSource source, SchemaView schema) {
        return of(source.table(), source.where(), JoinedTables.NONE, schema);
    }

    private static WhereClause where(WhereClause w) {
        return w == null ? WhereClause.opaque("") : w;
    }

    static RowScope of(QualifiedName table, WhereClause where, JoinedTables joined, SchemaView schema) {
        if (where == null) {
            return new RowScope(Kind.EVERY_ROW, "it has no WHERE clause");
        }
        String condition = where.text().isBlank() ? "the WHERE clause" : "WHERE " + where.text().trim();
        if (where.alwaysTrue()) {
            return new RowScope(Kind.EVERY_ROW, condition + " is always true, so it selects every row");
        }
        if (where.onlyNullTests() && !schema.isNewTable(table)
                && where.nullTestedColumns().stream().allMatch(c -> addedWithoutDefault(schema, table, c))) {
            String columns = where.nullTestedColumns().stream().sorted().map(Identifiers::quoteIfNeeded)
                    .collect(Collectors.joining(", "));
            return new RowScope(Kind.EVERY_ROW, (where.nullTestedColumns().size() == 1 ? "column " + columns + " was"
                    : "columns " + columns + " were") + " added to " + Names.quoted(table) + " earlier in this migration without a default, so every"
                    + " existing row has it NULL and " + condition + " selects them all");
        }
        if (where.onlyNullnessTests() && !where.notNullTestedColumns().isEmpty() && !schema.isNewTable(table)
                && where.nullTestedColumns().stream().allMatch(c -> addedWithoutDefault(schema, table, c))
                && where.notNullTestedColumns().stream().allMatch(c -> declaredNotNull(schema, table, c))) {
            String columns = where.notNullTestedColumns().stream().sorted().map(Identifiers::quoteIfNeeded)
                    .collect(Collectors.joining(", "));
            return new RowScope(Kind.EVERY_ROW, condition + " only drops NULLs of " + columns + ", which "
                    + (where.notNullTestedColumns().size() == 1 ? "is" : "are") + " NOT NULL in "
                    + Names.quoted(table) + ", so it selects every row");
        }
        if (where.onlyComparisonsAndNotNullTests() && !schema.isNewTable(table)
                && where.notNullTestedColumns().stream().allMatch(c -> declaredNotNull(schema, table, c))) {
            List<String> sources = new ArrayList<>();
            for (WhereClause.Comparison comparison : where.comparisons()) {
                Optional<String> source = ImpliedComparisons.impliedBy(schema, table, comparison);
                if (source.isEmpty()) {
                    sources.clear();
                    break;
                }
                sources.add(source.get());
            }
            if (!sources.isEmpty()) {
                return new RowScope(Kind.EVERY_ROW, condition + " cannot narrow: " + String.join(" and ",
                        sources.stream().distinct().toList()) + " already guarantees it for every stored value, so it"
                        + " selects every row (all but NULLs)");
            }
        }
        if (where.onlyJoins()) {
            Optional<String> parent = where.joins().stream().map(j -> everyRowJoined(table, j, joined, schema))
                    .flatMap(Optional::stream).findFirst();
            if (parent.isPresent()) {
                return new RowScope(Kind.EVERY_ROW, condition + " only pairs each row of " + Names.quoted(table)
                        + " with its " + parent.get() + ", which every row has, so it selects every row");
            }
            List<QualifiedName> partners = unfilteredPartners(table, where, joined, schema);
            if (!partners.isEmpty()) {
                return new RowScope(Kind.EVERY_JOINED_ROW, condition + " only pairs rows of " + Names.quoted(table)
                        + " with rows of " + partners.stream().map(Names::quoted).collect(Collectors.joining(", "))
                        + " and narrows neither, so it selects every row that has a partner there: a backfill of the"
                        + " table, not a batch", partners);
            }
        }
        Optional<List<String>> key = pinnedKey(table, where, schema);
        if (key.isPresent()) {
            return new RowScope(Kind.FEW_ROWS, condition + " pins the key " + String.join(", ",
                    key.get().stream().map(Identifiers::quoteIfNeeded).toList()) + " to literal values");
        }
        Optional<String> range = narrowKeyRange(table, where, schema);
        if (range.isPresent()) {
            return new RowScope(Kind.FEW_ROWS, condition + " keeps " + range.get());
        }
        return new RowScope(Kind.SOME_ROWS, "");
    }

    /** At most this many key values in a range count as a batch, not a backfill of the table. */
    static final long FEW_KEYS = 1_000;

    /**
     * A range of at most {@link #FEW_KEYS} values of a single-column integer primary key ({@code id} when the table's
     * key is not known), bounded by integer literals: {@code id BETWEEN 1 AND 100}, {@code id >= 500 AND id < 1000},
     * or {@code id < 50} (keys drawn from a sequence start at 1). A batch of a batched backfill, not the table.
     */
    private static Optional<String> narrowKeyRange(QualifiedName table, WhereClause where, SchemaView schema) {
        Optional<TableState> state = schema.table(table);
        List<String> primary = state.flatMap(t -> t.constraints().stream().map(ConstraintState::definition)
                .filter(d -> d.kind() == ConstraintDef.Kind.PRIMARY_KEY).map(ConstraintDef::columns).findFirst())
                .orElse(List.of("id"));
        if (primary.size() != 1 || !state.flatMap(t -> t.column(primary.get(0))).map(c -> c.type() == null
                || java.util.Set.of("integer", "bigint", "smallint", "serial", "bigserial", "smallserial")
                        .contains(c.type().name())).orElse(true)) {
            return Optional.empty();
        }
        String column = primary.get(0);
        long low = 1;
        Long high = null;
        for (WhereClause.Comparison c : where.comparisons()) {
            if (!c.column().equals(column) || !c.literal().matches("-?\\d{1,18}")) {
                continue;
            }
            long value = Long.parseLong(c.literal());
            switch (c.operator()) {
                case ">" -> low = Math.max(low, value + 1);
                case ">=" -> low = Math.max(low, value);
                case "<" -> high = high == null ? value - 1 : Math.min(high, value - 1);
                case "<=" -> high = high == null ? value : Math.min(high, value);
                default -> { }
            }
        }
        if (high == null || high - low + 1 > FEW_KEYS) {
            return Optional.empty();
        }
        return Optional.of(Identifiers.quoteIfNeeded(column) + " between " + low + " and " + high + ", at most "
                + Math.max(0, high - low + 1) + " rows");
    }

    /**
     * Every join pairs a column of {@code table} with a column of a joined table the history created earlier that
     * already holds rows (not created or emptied in this migration): the WHERE bounds the rows only by what those
     * tables hold. Returns those tables, or none when some conjunct is not such a join.
     */
    private static List<QualifiedName> unfilteredPartners(QualifiedName table, WhereClause where, JoinedTables joined,
            SchemaView schema) {
        List<QualifiedName> partners = new ArrayList<>();
        for (WhereClause.Join join : where.joins()) {
            boolean targetLeft = joined.isTarget(join.left().schema(), table);
            String otherQualifier = (targetLeft ? join.right() : join.left()).schema();
            Optional<QualifiedName> other = joined.table(otherQualifier);
            // a table the history created: a name it does not know may be a CTE of the statement, with its own WHERE
            if (targetLeft == joined.isTarget(join.right().schema(), table) || other.isEmpty()
                    || schema.table(other.get()).isEmpty() || schema.isScanFree(other.get())) {
                return List.of();
            }
            if (partners.stream().noneMatch(p -> p.sameObject(other.get()))) {
                partners.add(other.get());
            }
        }
        return partners;
    }

    /**
     * The join pairs a NOT NULL foreign key column of {@code table} with the key it references in a joined table:
     * every row has its partner. Returns the partner as "row in <table>".
     */
    private static Optional<String> everyRowJoined(QualifiedName table, WhereClause.Join join, JoinedTables joined,
            SchemaView schema) {
        for (boolean targetLeft : new boolean[] {true, false}) {
            QualifiedName own = targetLeft ? join.left() : join.right();
            QualifiedName other = targetLeft ? join.right() : join.left();
            Optional<QualifiedName> parent = joined.table(other.schema());
            if (!joined.isTarget(own.schema(), table) || parent.isEmpty() || !declaredNotNull(schema, table, own.name())) {
                continue;
            }
            boolean referenced = schema.table(table).stream().flatMap(t -> t.constraints().stream())
                    .filter(ConstraintState::validated).map(ConstraintState::definition)
                    .anyMatch(d -> d.kind() == ConstraintDef.Kind.FOREIGN_KEY && d.columns().equals(List.of(own.name()))
                            && d.referencedTable() != null && d.referencedTable().sameObject(parent.get())
                            && d.referencedColumns().equals(List.of(other.name())));
            if (referenced) {
                return Optional.of("row in " + Names.quoted(parent.get()) + " (foreign key " + Identifiers.quoteIfNeeded(
                        own.name()) + ", NOT NULL)");
            }
        }
        return Optional.empty();
    }

    private static boolean addedWithoutDefault(SchemaView schema, QualifiedName table, String column) {
        return schema.isNewColumn(table, column) && schema.table(table).flatMap(t -> t.column(column))
                .map(c -> c.defaultValue() == null || c.defaultValue().isNullLiteral()).orElse(false);
    }

    private static boolean declaredNotNull(SchemaView schema, QualifiedName table, String column) {
        Optional<TableState> state = schema.table(table);
        return state.isPresent() && (state.get().column(column).map(ColumnState::notNull).orElse(false)
                || state.get().constraints().stream().map(ConstraintState::definition)
                        .anyMatch(d -> d.kind() == ConstraintDef.Kind.PRIMARY_KEY && d.columns().contains(column)));
    }

    /** The columns of a primary key, unique constraint or unique index that the WHERE all pins, if any. */
    private static Optional<List<String>> pinnedKey(QualifiedName table, WhereClause where, SchemaView schema) {
        if (where.pinnedColumns().isEmpty()) {
            return Optional.empty();
        }
        Optional<TableState> state = schema.table(table);
        boolean primaryKeyKnown = false;
        if (state.isPresent()) {
            for (ConstraintState c : state.get().constraints()) {
                ConstraintDef def = c.definition();
                if (def.kind() == ConstraintDef.Kind.PRIMARY_KEY) {
                    primaryKeyKnown = true;
                }
                if ((def.kind() == ConstraintDef.Kind.PRIMARY_KEY || def.kind() == ConstraintDef.Kind.UNIQUE)
                        && !def.columns().isEmpty() && where.pinnedColumns().containsAll(def.columns())) {
                    return Optional.of(def.columns());
                }
            }
        }
        for (IndexState ix : schema.indexesOn(table)) {
            if (ix.unique() && !ix.columns().isEmpty() && where.pinnedColumns().containsAll(ix.columns())) {
                return Optional.of(ix.columns());
            }
        }
        if (!primaryKeyKnown && where.pins("id")) {
            return Optional.of(List.of("id"));
        }
        return Optional.empty();
    }
}
