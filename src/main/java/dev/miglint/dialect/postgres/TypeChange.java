package dev.miglint.dialect.postgres;

import dev.miglint.model.DataType;
import dev.miglint.model.Identifiers;
import dev.miglint.model.SqlExpr;

import java.util.Locale;
import java.util.Set;

/**
 * What {@code ALTER COLUMN ... TYPE} costs on PostgreSQL, following the "Notes" of the ALTER TABLE page:
 * the table and its indexes are rewritten unless the old type is binary coercible to the new one (or the
 * change only relaxes a length/precision limit a support function can prove is a no-op) and the USING
 * clause leaves the value as it is. {@code reason} is a sentence for messages.
 */
public record TypeChange(Kind kind, String reason) {

    public enum Kind {
        /** Binary coercible or a relaxed limit: a catalog-only change, no rewrite and no index rebuild. */
        NO_REWRITE,
        /** The table is not rewritten but indexes on the column are rebuilt (the operator class changes). */
        INDEX_REBUILD,
        /**
         * The table is not rewritten, but the CHECK constraints that read the column are added back and validated
         * over every row.
         */
        CHECK_SCAN,
        /** timestamp ↔ timestamptz on PG 12+: no rewrite only if the session TimeZone is UTC; indexes are rebuilt. */
        TIMEZONE_DEPENDENT,
        /** Every row is rewritten and every index rebuilt. */
        REWRITE,
        /** The history never declared the column's type: most type changes rewrite. */
        UNKNOWN_OLD_TYPE
    }

    /** Families whose values are converted by a function (not binary coercible) among each other. */
    private static final Set<String> INTEGERS = Set.of("smallint", "integer", "bigint");
    private static final Set<String> TEXTUAL = Set.of("text", "varchar");
    private static final Set<String> TEMPORAL_WITH_PRECISION = Set.of("timestamp", "timestamptz", "time", "timetz");

    public boolean rewrites() {
        return kind == Kind.REWRITE || kind == Kind.UNKNOWN_OLD_TYPE || kind == Kind.TIMEZONE_DEPENDENT;
    }

    public boolean safe() {
        return kind == Kind.NO_REWRITE;
    }

    /**
     * Classifies changing {@code column} from {@code from} (null: unknown) to {@code to} with an optional
     * USING expression, on PostgreSQL {@code pgVersion}.
     */
    public static TypeChange classify(DataType from, DataType to, SqlExpr using, String column, int pgVersion) {
        if (using != null && !isTrivialUsing(using, column)) {
            return new TypeChange(Kind.REWRITE, "the USING expression computes a new value for every row");
        }
        if (from == null) {
            return new TypeChange(Kind.UNKNOWN_OLD_TYPE, "the migration history does not show the column's current type");
        }
        if (to == null) {
            return new TypeChange(Kind.REWRITE, "the new type is not known");
        }
        if (from.array() || to.array()) {
            if (from.array() && to.array() && from.name().equals(to.name()) && from.args().equals(to.args())) {
                return same();
            }
            return new TypeChange(Kind.REWRITE, "array element conversion (" + from.raw() + " to " + to.raw()
                    + ") converts every element of every row");
        }
        String f = from.name();
        String t = to.name();
        if (f.equals(t)) {
            return sameName(from, to);
        }
        java.util.Optional<BinaryCoercibleCasts.Index> binary = BinaryCoercibleCasts.of(f, t);
        if (binary.isPresent()) {
            if (!to.args().isEmpty()) {
                // the cast is a relabel, but the new type's length or precision is checked on every value
                return new TypeChange(Kind.REWRITE, "converting " + from.raw() + " to " + to.raw()
                        + " checks the length of every value and rewrites the table");
            }
            return binary.get() == BinaryCoercibleCasts.Index.REBUILT
                    ? new TypeChange(Kind.INDEX_REBUILD, from.raw() + " is binary coercible to " + to.raw()
                            + " but indexes on the column are rebuilt with the new operator class")
                    : new TypeChange(Kind.NO_REWRITE, from.raw() + " is binary coercible to " + to.raw());
        }
        if (f.equals("char") && TEXTUAL.contains(t)) {
            return new TypeChange(Kind.REWRITE, "char(n) values are padded: converting them to " + to.raw()
                    + " strips trailing spaces from every row, a rewrite");
        }
        if ((f.equals("timestamp") && t.equals("timestamptz") || f.equals("timestamptz") && t.equals("timestamp"))
                && precisionKept(from, to, 6)) {
            if (pgVersion >= 12) {
                return new TypeChange(Kind.TIMEZONE_DEPENDENT, "PostgreSQL 12+ skips the rewrite only when the session"
                        + " TimeZone is UTC (otherwise every value is shifted); indexes on the column are rebuilt either way");
            }
            return new TypeChange(Kind.REWRITE, "before PostgreSQL 12 converting " + f + " to " + t
                    + " always rewrites the table");
        }
        if (INTEGERS.contains(f) && INTEGERS.contains(t)) {
            return new TypeChange(Kind.REWRITE, f + " to " + t + " changes the storage width: every row and index is rewritten");
        }
        return new TypeChange(Kind.REWRITE, from.raw() + " is not binary coercible to " + to.raw()
                + ": every row is converted");
    }

    private static TypeChange same() {
        return new TypeChange(Kind.NO_REWRITE, "the type does not change");
    }

    private static TypeChange sameName(DataType from, DataType to) {
        String n = from.name();
        if (from.args().equals(to.args())) {
            return same();
        }
        boolean relaxed = switch (n) {
            case "varchar", "bit varying" -> to.args().isEmpty() || from.firstArg() >= 0 && to.firstArg() >= from.firstArg();
            case "numeric" -> numericRelaxed(from, to);
            case "timestamp", "timestamptz", "time", "timetz" -> precisionKept(from, to, 6);
            // interval_support: a higher (or no) precision on an interval without a field qualifier is a no-op
            case "interval" -> to.args().isEmpty() || !hasFields(from) && !hasFields(to) && precisionKept(from, to, 6);
            default -> false;
        };
        if (relaxed) {
            return new TypeChange(Kind.NO_REWRITE, "widening " + from.raw() + " to " + to.raw() + " needs no rewrite");
        }
        if (TEMPORAL_WITH_PRECISION.contains(n) || n.equals("numeric")) {
            return new TypeChange(Kind.REWRITE, "changing " + from.raw() + " to " + to.raw()
                    + " rounds every value: the table is rewritten");
        }
        return new TypeChange(Kind.REWRITE, "changing " + from.raw() + " to " + to.raw()
                + " checks or converts every value: the table is rewritten");
    }

    /** An interval type with a field qualifier ({@code interval day to second(3)}): its precision rules differ. */
    private static boolean hasFields(DataType interval) {
        return interval.raw().toLowerCase(Locale.ROOT).replaceAll("\\s+", "").replaceAll("\\(\\d*\\)", "").length()
                > "interval".length();
    }

    /** numeric(p,s) -> numeric(p' >= p, s) or unconstrained numeric. */
    private static boolean numericRelaxed(DataType from, DataType to) {
        if (to.args().isEmpty()) {
            return true;
        }
        if (from.args().isEmpty()) {
            return false;
        }
        int fp = from.argAsInt(0);
        int tp = to.argAsInt(0);
        int fs = from.args().size() > 1 ? from.argAsInt(1) : 0;
        int ts = to.args().size() > 1 ? to.argAsInt(1) : 0;
        return fp >= 0 && tp >= fp && fs == ts;
    }

    /** For time-like types: the new precision is absent, the maximum, or not lower than the old. */
    private static boolean precisionKept(DataType from, DataType to, int max) {
        if (to.args().isEmpty() || to.firstArg() >= max) {
            return true;
        }
        return !from.args().isEmpty() && from.firstArg() >= 0 && to.firstArg() >= from.firstArg();
    }

    /** {@code USING col}, {@code USING col::type} or {@code USING CAST(col AS type)}: the same as no USING. */
    static boolean isTrivialUsing(SqlExpr using, String column) {
        String u = using.text().trim();
        while (u.startsWith("(") && u.endsWith(")")) {
            u = u.substring(1, u.length() - 1).trim();
        }
        String lower = u.toLowerCase(Locale.ROOT);
        if (lower.startsWith("cast(") || lower.startsWith("cast (")) {
            if (lower.indexOf("cast", 4) >= 0 || u.contains("::")) {
                return false; // CAST(CAST(col AS text) AS t), CAST(col::text AS t): through another type
            }
            int open = u.indexOf('(');
            int as = lower.lastIndexOf(" as ");
            if (as < 0 || !u.endsWith(")")) {
                return false;
            }
            u = u.substring(open + 1, as).trim();
        } else {
            int cast = u.indexOf("::");
            if (cast >= 0) {
                if (u.indexOf("::", cast + 2) >= 0) {
                    return false; // col::text::new_enum converts through another type: a new value for every row
                }
                u = u.substring(0, cast).trim();
            }
        }
        if (u.isEmpty() || u.contains("(") || u.contains(" ") && !u.startsWith("\"")) {
            return false;
        }
        java.util.List<String> parts = Identifiers.splitQualified(u);
        return parts.get(parts.size() - 1).equals(column);
    }
}
