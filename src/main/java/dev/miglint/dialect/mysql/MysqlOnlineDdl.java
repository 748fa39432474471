package dev.miglint.dialect.mysql;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ColumnDef;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.DataType;
import dev.miglint.model.Dialect;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * MySQL 8.0 InnoDB online DDL, after the manual's "Online DDL Operations" tables: which ALTER TABLE
 * actions only run with ALGORITHM=COPY (the table is copied row by row and concurrent writes are
 * blocked for the whole copy), and whether the statement pins a non-blocking algorithm explicitly.
 */
public final class MysqlOnlineDdl {
    private static final Set<String> CHARACTER_TYPES = Set.of("varchar", "char", "character", "text", "tinytext",
            "mediumtext", "longtext", "enum", "set", "nvarchar", "nchar", "national varchar", "national char");
    private static final Set<String> INTEGER_TYPES = Set.of("tinyint", "smallint", "mediumint", "integer", "bigint");

    private MysqlOnlineDdl() {
    }

    /**
     * True when the statement says {@code ALGORITHM=INSTANT|INPLACE} (without LOCK=SHARED/EXCLUSIVE) or
     * {@code LOCK=NONE}: MySQL then refuses the statement instead of blocking writes.
     */
    public static boolean pinnedNonBlocking(Statement.AlterTable at) {
        String algorithm = option(at, "ALGORITHM");
        String lock = option(at, "LOCK");
        if ("NONE".equals(lock)) {
            return true;
        }
        boolean blockingLock = "SHARED".equals(lock) || "EXCLUSIVE".equals(lock);
        return !blockingLock && ("INSTANT".equals(algorithm) || "INPLACE".equals(algorithm) || "NOCOPY".equals(algorithm));
    }

    /**
     * Why MySQL 8.0 refuses the statement because of the algorithm or lock it pins, or an empty list: an action from
     * {@code copyActions} (which need ALGORITHM=COPY) under ALGORITHM=INPLACE/INSTANT/NOCOPY or LOCK=NONE ("ALGORITHM=INPLACE
     * is not supported"), and under ALGORITHM=INSTANT any action that is not one of 8.0's INSTANT operations (ADD/DROP
     * COLUMN, RENAME COLUMN, SET/DROP DEFAULT, an ENUM/SET member append or unchanged type, RENAME TABLE, RENAME INDEX,
     * VIRTUAL generated columns). {@code oldType} gives a column's type before the statement (null when unknown).
     */
    public static List<String> unsupportedPin(Statement.AlterTable at, List<String> copyActions,
            Function<String, DataType> oldType) {
        String algorithm = option(at, "ALGORITHM");
        String lock = option(at, "LOCK");
        List<String> out = new ArrayList<>();
        boolean pinsOnline = "INPLACE".equals(algorithm) || "INSTANT".equals(algorithm) || "NOCOPY".equals(algorithm);
        if (pinsOnline || "NONE".equals(lock)) {
            for (String copy : copyActions) {
                // adding an AUTO_INCREMENT column is in place (a rebuild without concurrent DML): only LOCK=NONE refuses it
                if (copy.endsWith(" AUTO_INCREMENT") && !"NONE".equals(lock) && !"INSTANT".equals(algorithm)) {
                    continue;
                }
                out.add(copy + " needs ALGORITHM=COPY"
                        + (pinsOnline ? "" : " (LOCK=NONE is not possible)"));
            }
        }
        if ("INSTANT".equals(algorithm)) {
            for (AlterAction a : at.actions()) {
                String why = notInstant(a, column -> oldType.apply(at.columnBefore(column)));
                if (why != null && out.stream().noneMatch(o -> o.startsWith(why))) {
                    out.add(why + " cannot be done with ALGORITHM=INSTANT");
                }
            }
        }
        return out;
    }

    /** A description of {@code a} when it is not one of MySQL 8.0's INSTANT operations, else null. */
    private static String notInstant(AlterAction a, Function<String, DataType> oldType) {
        if (a instanceof AlterAction.AddColumn add) {
            if (add.column().generated() == ColumnDef.Generated.STORED || add.column().identity()) {
                return "ADD COLUMN " + Identifiers.quoteIfNeeded(add.column().name(), Dialect.MYSQL);
            }
            return null;
        }
        if (a instanceof AlterAction.DropColumn || a instanceof AlterAction.RenameColumn
                || a instanceof AlterAction.SetDefault || a instanceof AlterAction.DropDefault
                || a instanceof AlterAction.RenameTable || a instanceof AlterAction.TableOption) {
            return null;
        }
        if (a instanceof AlterAction.AlterColumnType t && t.type() != null) {
            DataType before = oldType.apply(t.column());
            String column = Identifiers.quoteIfNeeded(t.column(), Dialect.MYSQL);
            if (before == null) {
                return null; // unknown: copyActions already speaks for a type change
            }
            String name = mysqlName(t.type());
            boolean sameType = mysqlName(before).equals(name) && before.args().equals(t.type().args())
                    && unsignedOf(before) == unsignedOf(t.type());
            boolean append = (name.equals("enum") || name.equals("set")) && inPlaceTypeChange(before, t.type());
            return sameType || append ? null : "MODIFY " + column;
        }
        if (a instanceof AlterAction.Other o) {
            String k = o.keyword().toUpperCase(Locale.ROOT);
            if (k.equals("RENAME INDEX") || k.equals("RENAME KEY")) {
                return null;
            }
            return o.text().trim().isEmpty() ? k : firstWords(o.text(), k);
        }
        if (a instanceof AlterAction.AddConstraint c) {
            return "ADD " + c.constraint().kind().toString().replace('_', ' ');
        }
        if (a instanceof AlterAction.DropConstraint d) {
            return "DROP " + Identifiers.quoteIfNeeded(d.name(), Dialect.MYSQL);
        }
        return a.getClass().getSimpleName();
    }

    private static String firstWords(String text, String fallback) {
        String t = text.trim().replaceAll("\\s+", " ");
        String[] words = t.split(" ");
        return words.length >= 3 ? words[0] + " " + words[1] + " " + words[2] : fallback;
    }

    /** The value of {@code ALGORITHM=} or {@code LOCK=} upper-cased, or null. */
    public static String option(Statement.AlterTable at, String name) {
        String value = null;
        for (AlterAction.TableOption o : at.actions(AlterAction.TableOption.class)) {
            if (o.name().equals(name)) {
                value = o.value().toUpperCase(Locale.ROOT);
            }
        }
        return value;
    }

    /**
     * The actions that need the COPY algorithm, described for a message (e.g. {@code MODIFY email varchar(100)
     * -> varchar(50)}). {@code oldType} gives a column's type before the statement (null when unknown);
     * {@code foreignKeyChecks}: whether the session checks foreign keys (ADD FOREIGN KEY is in place only without).
     */
    public static List<String> copyActions(Statement.AlterTable at, Function<String, DataType> oldType,
            boolean foreignKeyChecks) {
        return copyActions(at, oldType, column -> null, null, foreignKeyChecks);
    }

    /**
     * Like {@link #copyActions(Statement.AlterTable, Function, boolean)}, knowing character sets: {@code oldCharset}
     * gives a column's charset before the statement and {@code tableCharset} the table's default (both null when
     * unknown, which counts as utf8mb4). A VARCHAR's length-prefix size depends on its length in bytes, and a
     * MODIFY/CHANGE that names no charset gives the column the table's default.
     */
    public static List<String> copyActions(Statement.AlterTable at, Function<String, DataType> oldType,
            Function<String, String> oldCharset, String tableCharset, boolean foreignKeyChecks) {
        List<String> out = new ArrayList<>();
        boolean addsPrimaryKey = at.actions(AlterAction.AddConstraint.class).stream()
                .anyMatch(a -> a.constraint().kind() == ConstraintDef.Kind.PRIMARY_KEY);
        for (AlterAction a : at.actions()) {
            if (a instanceof AlterAction.AlterColumnType t && t.type() != null) {
                String column = Identifiers.quoteIfNeeded(t.column(), Dialect.MYSQL);
                DataType before = oldType.apply(at.columnBefore(t.column()));
                String charsetBefore = oldCharset.apply(at.columnBefore(t.column()));
                String charsetAfter = t.redefinesColumn()
                        ? firstNonNull(MysqlCharsets.of(t.definition().charset(), t.definition().collation()), tableCharset)
                        : charsetBefore;
                if (before == null || !inPlaceTypeChange(before, t.type(),
                        MysqlCharsets.bytesPerChar(firstNonNull(charsetBefore, charsetAfter)),
                        MysqlCharsets.bytesPerChar(firstNonNull(charsetAfter, charsetBefore)))) {
                    out.add("column " + column + " type change "
                            + (before == null ? "to " + t.type().raw() : before.raw() + " -> " + t.type().raw()));
                } else if (charsetBefore != null && charsetAfter != null && !charsetBefore.equals(charsetAfter)
                        && CHARACTER_TYPES.contains(mysqlName(t.type()))) {
                    out.add("column " + column + " character set " + charsetBefore + " -> " + charsetAfter);
                } else if (t.redefinesColumn() && t.definition().generated() == ColumnDef.Generated.STORED) {
                    out.add("column " + column + " redefined as a STORED generated column");
                }
            } else if (a instanceof AlterAction.AddColumn add && add.column().generated() == ColumnDef.Generated.STORED) {
                out.add("ADD COLUMN " + Identifiers.quoteIfNeeded(add.column().name(), Dialect.MYSQL)
                        + " GENERATED ... STORED");
            } else if (a instanceof AlterAction.AddColumn add && add.column().identity()) {
                // "Adding an auto-increment column": in place, rebuilds the table, does not permit concurrent DML.
                out.add("ADD COLUMN " + Identifiers.quoteIfNeeded(add.column().name(), Dialect.MYSQL)
                        + " AUTO_INCREMENT");
            } else if (a instanceof AlterAction.Other o) {
                String k = o.keyword().toUpperCase(Locale.ROOT);
                if (k.startsWith("CONVERT")) {
                    out.add("CONVERT TO CHARACTER SET");
                } else if (k.equals("DROP PRIMARY") && !addsPrimaryKey) {
                    out.add("DROP PRIMARY KEY");
                } else if (k.equals("PARTITION BY") || k.equals("REMOVE PARTITIONING")) {
                    out.add(k); // repartitioning copies every row into the new layout: ALGORITHM=COPY only
                } else if (k.equals("REORGANIZE PARTITION") || k.equals("COALESCE PARTITION")
                        || k.equals("REBUILD PARTITION")) {
                    // copies the affected partitions' rows into new ones; LOCK=SHARED at best, writes wait
                    out.add(k);
                }
            } else if (a instanceof AlterAction.AddConstraint c && foreignKeyChecks
                    && c.constraint().kind() == ConstraintDef.Kind.FOREIGN_KEY) {
                out.add("ADD FOREIGN KEY with foreign_key_checks on");
            } else if (a instanceof AlterAction.AddConstraint c && c.constraint().kind() == ConstraintDef.Kind.CHECK) {
                // the rows are checked while the table is copied: neither INSTANT nor INPLACE supports it
                out.add("ADD CHECK");
            } else if (a instanceof AlterAction.TableOption o && o.name().equals("ALGORITHM")
                    && o.value().equalsIgnoreCase("COPY")) {
                out.add("ALGORITHM=COPY");
            }
        }
        return out;
    }

    /**
     * Actions InnoDB runs in place but only by rebuilding the whole table (reads and writes go on, but it takes
     * as long as a copy and fails at the end on bad data): a nullable column made NOT NULL. FORCE / ENGINE= rebuilds and
     * DROP PRIMARY KEY with ADD PRIMARY KEY are in-place rebuilds with concurrent DML and are not listed. A plain
     * ADD PRIMARY KEY over columns that are already NOT NULL is not reported: MySQL 8.0 builds it in place with
     * concurrent DML, and a duplicate fails it at once.
     * {@code nullableBefore} tells whether a column accepted NULL before the statement (false when unknown).
     */
    public static List<String> rebuildActions(Statement.AlterTable at, Predicate<String> nullableBefore) {
        List<String> out = new ArrayList<>();
        for (AlterAction a : at.actions()) {
            if (a instanceof AlterAction.AlterColumnType t && t.redefinesColumn() && t.definition().effectivelyNotNull()
                    && nullableBefore.test(at.columnBefore(t.column()))) {
                out.add("column " + Identifiers.quoteIfNeeded(t.column(), Dialect.MYSQL) + " made NOT NULL");
            } else if (a instanceof AlterAction.SetNotNull n && nullableBefore.test(n.column())) {
                out.add("column " + Identifiers.quoteIfNeeded(n.column(), Dialect.MYSQL) + " made NOT NULL");
            }
        }
        return out;
    }

    /**
     * True when changing a column from {@code before} to {@code after} is not a data type change for
     * InnoDB, or one it does in place: the same type (integer display widths aside), a VARCHAR made
     * longer within the same length-prefix size (both under 256 bytes, or both 256 and over), or ENUM/SET
     * members appended at the end.
     */
    public static boolean inPlaceTypeChange(DataType before, DataType after) {
        return inPlaceTypeChange(before, after, 4, 4);
    }

    /**
     * {@link #inPlaceTypeChange(DataType, DataType)} for a column whose characters take at most {@code bytesBefore}
     * bytes before and {@code bytesAfter} after (1 for latin1, 3 for utf8mb3, 4 for utf8mb4): a VARCHAR keeps its
     * 1-byte length prefix only while its maximum length in bytes stays under 256.
     */
    public static boolean inPlaceTypeChange(DataType before, DataType after, int bytesBefore, int bytesAfter) {
        String b = mysqlName(before);
        String a = mysqlName(after);
        if (!a.equals(b)) {
            return false;
        }
        if (INTEGER_TYPES.contains(a) || a.equals(b) && before.args().equals(after.args())) {
            return unsignedOf(before) == unsignedOf(after);
        }
        if (a.equals("varchar")) {
            int from = before.firstArg();
            int to = after.firstArg();
            return from > 0 && to >= from && (from * bytesBefore < 256) == (to * bytesAfter < 256);
        }
        if (a.equals("enum") || a.equals("set")) {
            // members appended at the end are INSTANT while the storage size stays the same
            int from = before.args().size();
            int to = after.args().size();
            return to >= from && after.args().subList(0, from).equals(before.args())
                    && storageBytes(a, from) == storageBytes(a, to);
        }
        return false;
    }

    /** Bytes an ENUM (1 up to 255 members, else 2) or SET (1, 2, 3, 4 or 8 for up to 64 members) value takes. */
    private static int storageBytes(String enumOrSet, int members) {
        if (enumOrSet.equals("enum")) {
            return members <= 255 ? 1 : 2;
        }
        int bytes = (members + 7) / 8;
        return bytes > 4 ? 8 : Math.max(bytes, 1);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static String mysqlName(DataType t) {
        String n = t.name().replace(" unsigned", "").replace(" zerofill", "").replace(" signed", "").trim();
        return switch (n) {
            case "int", "int4", "integer" -> "integer";
            case "bool", "boolean" -> "tinyint";
            case "numeric", "decimal", "dec", "fixed" -> "numeric";
            case "character varying" -> "varchar";
            default -> n;
        };
    }

    private static boolean unsignedOf(DataType t) {
        return t.raw().toLowerCase(Locale.ROOT).contains("unsigned");
    }
}
