package dev.miglint.schema;

import dev.miglint.model.AlterAction;
import dev.miglint.model.Dialect;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A rename that is one half of a swap: {@code RENAME TABLE t TO t_old, t_new TO t} (the pt-osc / gh-ost
 * cut-over, atomic in one statement) or, in one transaction, {@code RENAME COLUMN c TO c_old; RENAME COLUMN
 * c_new TO c}. Others only ever see the state before or after, and the name the running application uses is
 * there in both. A rename is such a half when the name it frees is taken again by a rename later in the same
 * statement or transaction, or when the name it takes was freed by a rename earlier in it. A swap spread over
 * separate transactions (or over MySQL statements, whose DDL commits at once) has a window where the name is
 * missing and is no swap. Found by looking over the migration's statements.
 */
public final class RenameSwap {
    private RenameSwap() {
    }

    /** A table rename {@code from -> to} done by {@code current}: is it half of a swap? */
    public static boolean ofTable(List<ParsedStatement> statements, ParsedStatement current, QualifiedName from,
            QualifiedName to, boolean inTransaction, Dialect dialect) {
        List<ParsedStatement> top = window(statements, current, inTransaction, dialect);
        int at = position(top, current);
        for (int i = 0; i < top.size(); i++) {
            List<AlterAction.TablePair> pairs = tablePairs(top.get(i).model());
            for (int p = 0; p < pairs.size(); p++) {
                AlterAction.TablePair pair = pairs.get(p);
                boolean self = pair.from().sameObject(from) && pair.to().sameObject(to);
                if (self && i == at) {
                    continue;
                }
                int order = i != at ? Integer.compare(i, at) : Integer.compare(p, indexOf(pairs, from, to));
                if (order > 0 && pair.to().sameObject(from) && !pair.from().sameObject(from)) {
                    return true; // the freed name is taken again
                }
                if (order < 0 && pair.from().sameObject(to) && !pair.to().sameObject(to)) {
                    return true; // the taken name was freed before
                }
            }
        }
        return false;
    }

    /** A column rename {@code from -> to} on {@code table} done by {@code current}: is it half of a swap? */
    public static boolean ofColumn(List<ParsedStatement> statements, ParsedStatement current, QualifiedName table,
            String from, String to, boolean inTransaction, Dialect dialect) {
        List<ParsedStatement> top = window(statements, current, inTransaction, dialect);
        int at = position(top, current);
        for (int i = 0; i < top.size(); i++) {
            if (!(top.get(i).model() instanceof Statement.AlterTable alter) || !alter.table().sameObject(table)) {
                continue;
            }
            List<AlterAction.RenameColumn> renames = alter.actions(AlterAction.RenameColumn.class);
            int self = -1;
            for (int r = 0; r < renames.size(); r++) {
                if (same(renames.get(r).from(), from, dialect) && same(renames.get(r).to(), to, dialect)) {
                    self = r;
                    break;
                }
            }
            for (int r = 0; r < renames.size(); r++) {
                AlterAction.RenameColumn rc = renames.get(r);
                if (i == at && r == self) {
                    continue;
                }
                int order = i != at ? Integer.compare(i, at) : Integer.compare(r, self);
                if (order > 0 && same(rc.to(), from, dialect) && !same(rc.from(), from, dialect)) {
                    return true;
                }
                if (order < 0 && same(rc.from(), to, dialect) && !same(rc.to(), to, dialect)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * For a table swapped out by {@code current} ({@code outgoing -> x} while another pair renames {@code incoming ->
     * outgoing}): the incoming table when this migration filled it by copying {@code outgoing}'s rows
     * (INSERT ... SELECT FROM outgoing) without a trigger on {@code outgoing} keeping it in sync, so the rows
     * written after the copy are lost at the swap; null otherwise.
     */
    public static QualifiedName unsyncedCopySwappedIn(List<ParsedStatement> statements, ParsedStatement current,
            QualifiedName outgoing) {
        QualifiedName incoming = null;
        for (AlterAction.TablePair pair : tablePairs(current.model())) {
            if (pair.to().sameObject(outgoing) && !pair.from().sameObject(outgoing)) {
                incoming = pair.from();
            }
        }
        if (incoming == null) {
            return null;
        }
        boolean copied = false;
        for (ParsedStatement s : statements) {
            if (s.index() >= current.index()) {
                break;
            }
            if (s.model() instanceof Statement.Insert ins && ins.source() != null && ins.table() != null
                    && ins.table().sameObject(incoming) && ins.source().table() != null
                    && ins.source().table().sameObject(outgoing)) {
                copied = true;
            }
            if (s.model() instanceof Statement.CreateRoutine cr && cr.kind() == dev.miglint.model.ObjectKind.TRIGGER
                    && cr.table() != null && cr.table().sameObject(outgoing)) {
                return null; // pt-online-schema-change: triggers copy every later write
            }
        }
        return copied ? incoming : null;
    }

    /** Every {@code from TO to} pair a statement renames tables by, in order. */
    public static List<AlterAction.TablePair> tablePairs(Statement statement) {
        List<AlterAction.TablePair> pairs = new ArrayList<>();
        if (statement instanceof Statement.AlterTable at) {
            for (AlterAction.RenameTable rt : at.actions(AlterAction.RenameTable.class)) {
                pairs.add(new AlterAction.TablePair(at.table(), rt.to()));
                pairs.addAll(rt.alsoRenamed());
            }
        }
        return pairs;
    }

    private static int indexOf(List<AlterAction.TablePair> pairs, QualifiedName from, QualifiedName to) {
        for (int p = 0; p < pairs.size(); p++) {
            if (pairs.get(p).from().sameObject(from) && pairs.get(p).to().sameObject(to)) {
                return p;
            }
        }
        return -1;
    }

    private static int position(List<ParsedStatement> top, ParsedStatement current) {
        for (int i = 0; i < top.size(); i++) {
            if (top.get(i).index() == current.index()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The top-level statements of {@code current}'s transaction, {@code current} included: just it outside a
     * transaction and on MySQL (whose DDL commits at once).
     */
    private static List<ParsedStatement> window(List<ParsedStatement> statements, ParsedStatement current,
            boolean inTransaction, Dialect dialect) {
        if (!inTransaction || dialect == Dialect.MYSQL || current.nested()) {
            return List.of(current);
        }
        List<ParsedStatement> top = statements.stream().filter(s -> !s.nested()).toList();
        int at = position(top, current);
        if (at < 0) {
            return List.of(current);
        }
        int start = at;
        while (start > 0 && !(top.get(start - 1).model() instanceof Statement.TransactionControl tc && bounds(tc.kind()))) {
            start--;
        }
        int end = at + 1;
        while (end < top.size() && !(top.get(end).model() instanceof Statement.TransactionControl tc && bounds(tc.kind()))) {
            end++;
        }
        return top.subList(start, end);
    }

    private static boolean bounds(Statement.TransactionControl.Kind kind) {
        return kind == Statement.TransactionControl.Kind.BEGIN || kind == Statement.TransactionControl.Kind.COMMIT
                || kind == Statement.TransactionControl.Kind.ROLLBACK
                || kind == Statement.TransactionControl.Kind.PREPARE_TRANSACTION;
    }

    private static boolean same(String a, String b, Dialect dialect) {
        return dialect == Dialect.POSTGRES ? a.equals(b) : a.equalsIgnoreCase(b);
    }
}
