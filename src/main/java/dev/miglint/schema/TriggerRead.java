package dev.miglint.schema;

import java.util.Set;

/**
 * What a trigger the history created reads of the row it fires on: its name, the function it runs, the events it
 * fires on (INSERT, UPDATE, DELETE, TRUNCATE) and the fields that function's body reads as {@code NEW.x} and
 * {@code OLD.x} (lower case). PostgreSQL does not record those reads in pg_depend: a column they name can be dropped or
 * renamed, and the trigger then fails each write it fires on ({@code record "new" has no field "x"}).
 * {@code redefinedLater}: a later statement of the same migration file replaces or drops the function, or drops the
 * trigger.
 */
public record TriggerRead(String trigger, String function, Set<String> events, Set<String> newFields,
        Set<String> oldFields, boolean redefinedLater) {

    public TriggerRead {
        events = Set.copyOf(events);
        newFields = Set.copyOf(newFields);
        oldFields = Set.copyOf(oldFields);
    }

    /** The events on which the trigger reads {@code column} of the row (NEW on INSERT/UPDATE, OLD on UPDATE/DELETE). */
    public Set<String> eventsReading(String column) {
        Set<String> out = new java.util.TreeSet<>();
        for (String event : events) {
            if (fieldsReadOn(event).contains(column)) {
                out.add(event);
            }
        }
        return out;
    }

    /** The fields the trigger reads when {@code event} (INSERT, UPDATE, DELETE) fires it; none if it does not. */
    public Set<String> fieldsReadOn(String event) {
        Set<String> out = new java.util.TreeSet<>();
        if (events.contains(event) && !event.equals("DELETE")) {
            out.addAll(newFields);
        }
        if (events.contains(event) && !event.equals("INSERT")) {
            out.addAll(oldFields);
        }
        return out;
    }

    /** How the body names {@code column}: {@code NEW.note}, or {@code OLD.note} when it reads only the old row. */
    public String reference(String column) {
        return record(column).toUpperCase(java.util.Locale.ROOT) + "." + column;
    }

    /** The record PostgreSQL names when the field is missing: {@code record "new" has no field "note"}. */
    public String record(String column) {
        return newFields.contains(column) ? "new" : "old";
    }
}
