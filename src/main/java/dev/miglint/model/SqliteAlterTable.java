package dev.miglint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What SQLite's ALTER TABLE accepts: one action per statement, and only RENAME TO, RENAME COLUMN (3.25+),
 * ADD COLUMN and DROP COLUMN (3.35+); libSQL adds {@code ALTER COLUMN c TO c definition}. Also the
 * constant-default test ADD COLUMN applies (the value SQLite can compute without a row).
 */
public final class SqliteAlterTable {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\s*(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|[+-]?\\s*0[xX][0-9a-fA-F]+");
    /** Parentheses and CASTs unwrapped around a default; each costs a pass over its text. */
    private static final int MAX_UNWRAPPED = 100;
    private static final Pattern BLOB = Pattern.compile("[xX]'[0-9a-fA-F]*'");

    private SqliteAlterTable() {
    }

    /**
     * True when SQLite can add a column with this default to a table with rows: a literal (number, string,
     * blob, NULL, TRUE/FALSE), possibly signed, parenthesized or CAST. CURRENT_TIMESTAMP, function calls and
     * other expressions are "non-constant" and refused.
     */
    public static boolean isConstantDefault(SqlExpr value) {
        String t = value.text().trim();
        // a bounded loop, not recursion: CAST(CAST(... AS int) AS int) nests as deep as the input does
        for (int unwrapped = 0; ; unwrapped++) {
            if (unwrapped > MAX_UNWRAPPED) {
                return false; // no real default nests this deep; judged not constant, as SQLite may
            }
            if (t.startsWith("(") && t.endsWith(")") && balanced(t.substring(1, t.length() - 1))) {
                t = t.substring(1, t.length() - 1).trim();
                continue;
            }
            String operand = castOperand(t);
            if (operand == null) {
                break;
            }
            t = operand.trim();
        }
        String lower = t.toLowerCase(Locale.ROOT);
        return lower.equals("null") || lower.equals("true") || lower.equals("false")
                || NUMBER.matcher(t).matches() || isStringLiteral(t) || BLOB.matcher(t).matches()
                || t.startsWith("\"") && t.endsWith("\"") && t.length() > 1 && t.indexOf('"', 1) == t.length() - 1;
    }

    /** {@code x} of {@code CAST(x AS type)}, else null; one pass over the text. */
    private static String castOperand(String t) {
        if (t.length() < 10 || !t.regionMatches(true, 0, "cast", 0, 4) || !t.endsWith(")")) {
            return null;
        }
        int open = 4;
        while (open < t.length() && Character.isWhitespace(t.charAt(open))) {
            open++;
        }
        if (open >= t.length() - 1 || t.charAt(open) != '(') {
            return null;
        }
        String inner = t.substring(open + 1, t.length() - 1);
        // the type after AS is words, blanks and parentheses only: the AS is after the last other character
        int typeFrom = inner.length();
        while (typeFrom > 0 && typeNameChar(inner.charAt(typeFrom - 1))) {
            typeFrom--;
        }
        for (int as = inner.length() - 3; as > 0 && as >= typeFrom; as--) {
            if (inner.regionMatches(true, as, "as", 0, 2) && Character.isWhitespace(inner.charAt(as - 1))
                    && Character.isWhitespace(inner.charAt(as + 2)) && !inner.substring(as + 3).isBlank()) {
                return inner.substring(0, as);
            }
        }
        return null;
    }

    private static boolean typeNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || Character.isWhitespace(c) || c == '(' || c == ')';
    }

    /** A single-quoted literal with '' for a quote inside (a loop: a regex recursed once per character). */
    private static boolean isStringLiteral(String t) {
        if (t.length() < 2 || t.charAt(0) != '\'' || t.charAt(t.length() - 1) != '\'') {
            return false;
        }
        for (int i = 1; i < t.length() - 1; i++) {
            if (t.charAt(i) == '\'') {
                if (t.charAt(i + 1) != '\'' || i + 1 == t.length() - 1) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (char ch : s.toCharArray()) {
            if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /**
     * The actions of this ALTER TABLE that SQLite at {@code version} refuses, as short descriptions such as
     * {@code "ALTER COLUMN email TYPE"}; a second action in one statement is refused too. Inline constraints
     * of an ADD COLUMN (lifted by the parser to AddConstraint actions) belong to that column.
     */
    public static List<String> unsupportedActions(Statement.AlterTable at, SqliteVersion version) {
        List<String> out = new ArrayList<>();
        int actions = 0;
        String lastAdded = null;
        for (AlterAction a : at.actions()) {
            if (a instanceof AlterAction.AddConstraint ac && lastAdded != null
                    && ac.constraint().columns().equals(List.of(lastAdded))) {
                continue; // an inline REFERENCES/CHECK/UNIQUE of the column just added
            }
            actions++;
            lastAdded = a instanceof AlterAction.AddColumn add ? add.column().name() : null;
            String problem = problem(a, version);
            if (problem != null) {
                out.add(problem);
            }
        }
        if (actions > 1) {
            out.add(actions + " actions in one ALTER TABLE (SQLite takes one)");
        }
        return out;
    }

    private static String problem(AlterAction a, SqliteVersion version) {
        if (a instanceof AlterAction.AddColumn add && add.column().generated() == ColumnDef.Generated.STORED) {
            // "cannot add a STORED column": only VIRTUAL generated columns can be added
            return "ADD COLUMN " + Identifiers.quoteIfNeeded(add.column().name()) + " GENERATED ... STORED";
        }
        if (a instanceof AlterAction.AddColumn || a instanceof AlterAction.RenameTable) {
            return null;
        }
        if (a instanceof AlterAction.RenameColumn rc) {
            return version.atLeast(SqliteVersion.RENAME_COLUMN) ? null
                    : "RENAME COLUMN " + Identifiers.quoteIfNeeded(rc.from()) + " (needs SQLite 3.25)";
        }
        if (a instanceof AlterAction.DropColumn dc) {
            return version.atLeast(SqliteVersion.DROP_COLUMN) ? null
                    : "DROP COLUMN " + Identifiers.quoteIfNeeded(dc.column()) + " (needs SQLite 3.35)";
        }
        if (a instanceof AlterAction.AlterColumnType act) {
            return act.redefinesColumn() ? null // libSQL ALTER COLUMN c TO c definition
                    : "ALTER COLUMN " + Identifiers.quoteIfNeeded(act.column()) + " TYPE";
        }
        if (a instanceof AlterAction.SetNotNull sn) {
            return "ALTER COLUMN " + Identifiers.quoteIfNeeded(sn.column()) + " SET NOT NULL";
        }
        if (a instanceof AlterAction.DropNotNull dn) {
            return "ALTER COLUMN " + Identifiers.quoteIfNeeded(dn.column()) + " DROP NOT NULL";
        }
        if (a instanceof AlterAction.SetDefault sd) {
            return "ALTER COLUMN " + Identifiers.quoteIfNeeded(sd.column()) + " SET DEFAULT";
        }
        if (a instanceof AlterAction.DropDefault dd) {
            return "ALTER COLUMN " + Identifiers.quoteIfNeeded(dd.column()) + " DROP DEFAULT";
        }
        if (a instanceof AlterAction.AddConstraint ac) {
            return "ADD " + ac.constraint().kind().name().replace('_', ' ')
                    + (ac.constraint().name() != null ? " " + Identifiers.quoteIfNeeded(ac.constraint().name()) : "");
        }
        if (a instanceof AlterAction.DropConstraint dc) {
            return "DROP CONSTRAINT " + Identifiers.quoteIfNeeded(dc.name());
        }
        if (a instanceof AlterAction.RenameConstraint rc) {
            return "RENAME CONSTRAINT " + Identifiers.quoteIfNeeded(rc.from());
        }
        if (a instanceof AlterAction.Other o) {
            return o.keyword();
        }
        return a.getClass().getSimpleName();
    }

    /** The table-redefinition recipe of the SQLite manual (section 7 of "ALTER TABLE"), with the user's table name. */
    public static String redefinitionRecipe(QualifiedName table) {
        String t = table.sql();
        String n = Identifiers.quoteIfNeeded("new_" + table.name());
        return "Safe recipe (SQLite's table redefinition, in one transaction): PRAGMA foreign_keys=OFF; BEGIN;"
                + " CREATE TABLE " + n + " (...the new definition...); INSERT INTO " + n + " (cols) SELECT cols FROM " + t
                + "; DROP TABLE " + t + "; ALTER TABLE " + n + " RENAME TO " + t + "; re-create the indexes and"
                + " triggers of " + t + "; PRAGMA foreign_key_check; COMMIT; PRAGMA foreign_keys=ON;"
                + " (Prisma and Drizzle generate exactly this.)";
    }
}
