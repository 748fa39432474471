package dev.miglint.schema;

import dev.miglint.model.ObjectKind;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.RoutineHeader;
import dev.miglint.model.Statement;
import dev.miglint.model.StatementTokens;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trigger functions the history created ({@code RETURNS trigger}) with the fields of {@code NEW} and {@code OLD}
 * their bodies read, and the events each trigger fires on. {@link ViewDependencies} keeps which table each trigger is
 * ON and which functions it calls.
 */
final class TriggerFunctions {
    private static final Pattern ROW_FIELD =
            Pattern.compile("(?i)\\b(new|old)\\s*\\.\\s*(?:\"([^\"]+)\"|([a-z_][a-z0-9_$]*))");
    private static final Set<String> EVENTS = Set.of("INSERT", "UPDATE", "DELETE", "TRUNCATE");

    /** Function name (lower case, without schema) to the fields it reads: "new" and "old" to the field names. */
    private final Map<String, Map<String, Set<String>>> fields = new HashMap<>();
    /** Trigger name to the events it fires on. */
    private final Map<String, Set<String>> events = new HashMap<>();
    /** The top-level statements of the current migration file, and where each stands in it. */
    private java.util.List<ParsedStatement> file = java.util.List.of();
    private final Map<ParsedStatement, Integer> positions = new java.util.IdentityHashMap<>();
    /** How many statements of the file come before the next one to apply. */
    private int applied;

    void beginMigration(java.util.List<ParsedStatement> statements) {
        file = statements.stream().filter(st -> !st.nested()).toList();
        positions.clear();
        for (int i = 0; i < file.size(); i++) {
            positions.put(file.get(i), i);
        }
        applied = 0;
    }

    void apply(ParsedStatement statement) {
        Integer at = positions.get(statement);
        if (at != null) {
            applied = at + 1;
        }
        Statement s = statement.model();
        if (s instanceof Statement.CreateRoutine cr && cr.name() != null
                && (cr.kind() == ObjectKind.FUNCTION || cr.kind() == ObjectKind.PROCEDURE)) {
            String name = key(cr.name().name());
            if (RoutineHeader.returnType(statement.tokens()).equals("trigger")) {
                fields.put(name, rowFields(statement.text()));
            } else {
                fields.remove(name);
            }
        } else if (s instanceof Statement.CreateRoutine cr && cr.kind() == ObjectKind.TRIGGER && cr.name() != null) {
            events.put(cr.name().name(), firesOn(statement.tokens()));
        } else if (s instanceof Statement.Drop d && d.kind() == ObjectKind.FUNCTION) {
            d.names().forEach(n -> fields.remove(key(n.name())));
        } else if (s instanceof Statement.Drop d && d.kind() == ObjectKind.TRIGGER) {
            d.names().forEach(n -> events.remove(n.name()));
        }
    }

    /** The reads of {@code trigger}, which calls {@code called}: null when it runs no trigger function we know. */
    TriggerRead read(String trigger, Set<String> called) {
        for (String function : called) {
            Map<String, Set<String>> read = fields.get(key(function));
            if (read != null) {
                return new TriggerRead(trigger, function, events.getOrDefault(trigger, Set.of()), read.get("new"),
                        read.get("old"), redefinedLater(trigger, function));
            }
        }
        return null;
    }

    /** A later statement of this migration file replaces or drops the function, or drops the trigger. */
    private boolean redefinedLater(String trigger, String function) {
        for (ParsedStatement later : file.subList(applied, file.size())) {
            Statement s = later.model();
            if (s instanceof Statement.CreateRoutine cr && cr.name() != null && cr.kind() == ObjectKind.FUNCTION
                    && key(cr.name().name()).equals(key(function))
                    || s instanceof Statement.Drop d && (d.kind() == ObjectKind.FUNCTION
                            && d.names().stream().anyMatch(n -> key(n.name()).equals(key(function)))
                            || d.kind() == ObjectKind.TRIGGER
                                    && d.names().stream().anyMatch(n -> n.name().equals(trigger)))) {
                return true;
            }
        }
        return false;
    }

    void copyFrom(TriggerFunctions other) {
        other.fields.forEach((k, v) -> fields.put(k, Map.of("new", v.get("new"), "old", v.get("old"))));
        events.putAll(other.events);
    }

    private static String key(String function) {
        return function.replace("\"", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, Set<String>> rowFields(String text) {
        Set<String> newFields = new TreeSet<>();
        Set<String> oldFields = new TreeSet<>();
        Matcher m = ROW_FIELD.matcher(text);
        while (m.find()) {
            String field = m.group(2) != null ? m.group(2) : m.group(3).toLowerCase(Locale.ROOT);
            (m.group(1).equalsIgnoreCase("new") ? newFields : oldFields).add(field);
        }
        return Map.of("new", Set.copyOf(newFields), "old", Set.copyOf(oldFields));
    }

    /** The events between the trigger's name and {@code ON}: {@code BEFORE INSERT OR UPDATE OF col ON t}. */
    private static Set<String> firesOn(StatementTokens t) {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < t.size(); i++) {
            String word = t.text(i).toUpperCase(Locale.ROOT);
            if (word.equals("ON")) {
                break;
            }
            if (EVENTS.contains(word)) {
                out.add(word);
            }
        }
        return out;
    }
}
