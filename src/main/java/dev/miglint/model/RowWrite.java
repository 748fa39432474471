package dev.miglint.model;

import java.util.Optional;

/** An UPDATE or DELETE seen as what both are: a write to the rows of one table that its WHERE selects. */
public record RowWrite(String verb, QualifiedName table, WhereClause where) {

    /** The write an UPDATE or DELETE makes; empty for any other statement, or when the table is not known. */
    public static Optional<RowWrite> of(Statement statement) {
        if (statement instanceof Statement.Update u && u.table() != null) {
            return Optional.of(new RowWrite("UPDATE", u.table(), u.where()));
        }
        if (statement instanceof Statement.Delete d && d.table() != null) {
            return Optional.of(new RowWrite("DELETE", d.table(), d.where()));
        }
        return Optional.empty();
    }

    /** "updates" or "deletes", for a message. */
    public String doesTo() {
        return verb.equals("UPDATE") ? "updates" : "deletes";
    }
}
