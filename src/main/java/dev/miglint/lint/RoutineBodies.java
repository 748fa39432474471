package dev.miglint.lint;

import dev.miglint.model.Dialect;
import dev.miglint.model.Identifiers;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.RoutineHeader;
import dev.miglint.model.Span;
import dev.miglint.model.Statement;
import dev.miglint.model.StatementTokens;
import dev.miglint.parse.StatementParser;
import dev.miglint.rules.RelatedLocation;
import dev.miglint.scan.LineIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The SQL and PL/pgSQL functions and procedures the history created, with their bodies modelled as a DO block's
 * are: creating one runs nothing, but a statement that calls it ({@code SELECT f()}, {@code CALL p()},
 * {@code PERFORM f()}) runs its body's statements in its own transaction. Trigger functions run per row of other
 * statements, not when called, and are left out.
 */
final class RoutineBodies {

    /** A routine whose body the engine analyses at each call; {@code definition} points at its CREATE statement. */
    record Routine(String name, ObjectKind kind, List<ParsedStatement> body, RelatedLocation definition) {

        String label() {
            return (kind == ObjectKind.PROCEDURE ? "procedure " : "function ") + Identifiers.quoteIfNeeded(name) + "()";
        }
    }

    private static final Set<String> CALLING_STATEMENTS = Set.of("SELECT", "CALL", "PERFORM");
    private static final Set<String> ANALYSED_LANGUAGES = Set.of("sql", "plpgsql");
    private static final Set<String> TRIGGER_TYPES = Set.of("trigger", "event_trigger");

    private final Map<String, Routine> routines;

    RoutineBodies() {
        this(new HashMap<>());
    }

    private RoutineBodies(Map<String, Routine> routines) {
        this.routines = routines;
    }

    /** A copy that later definitions in either leave unchanged (a down step's replay). */
    RoutineBodies copy() {
        return new RoutineBodies(new HashMap<>(routines));
    }

    /** Remembers a CREATE [OR REPLACE] FUNCTION/PROCEDURE with a dollar-quoted body; forgets one DROP drops. */
    void apply(ParsedStatement statement, String fileText, String displayPath, LineIndex lines, Dialect dialect) {
        if (dialect != Dialect.POSTGRES || statement.nested()) {
            return;
        }
        if (statement.model() instanceof Statement.Drop d
                && (d.kind() == ObjectKind.FUNCTION || d.kind() == ObjectKind.PROCEDURE)) {
            d.names().forEach(n -> routines.remove(n.name()));
            return;
        }
        if (!(statement.model() instanceof Statement.CreateRoutine cr) || cr.name() == null
                || cr.kind() != ObjectKind.FUNCTION && cr.kind() != ObjectKind.PROCEDURE) {
            return;
        }
        String name = cr.name().name();
        routines.remove(name);
        StatementTokens t = statement.tokens();
        int body = bodyToken(t);
        if (body < 0 || TRIGGER_TYPES.contains(RoutineHeader.returnType(t))
                || !ANALYSED_LANGUAGES.contains(language(t))) {
            return;
        }
        String quoted = t.text(body);
        int tag = quoted.indexOf('$', 1) + 1;
        int from = statement.span().start() + t.start(body) + tag;
        int to = statement.span().start() + t.end(body) - tag;
        if (tag <= 0 || to < from) {
            return;
        }
        List<ParsedStatement> statements = new StatementParser(dialect).routineBody(fileText, from, to);
        Span span = statement.span();
        RelatedLocation definition = new RelatedLocation(displayPath, span, lines.line(span.start()),
                lines.column(span.start()), lines.line(span.end()), lines.column(span.end()),
                (cr.kind() == ObjectKind.PROCEDURE ? "procedure " : "function ") + Identifiers.quoteIfNeeded(name)
                        + " is defined here");
        routines.put(name, new Routine(name, cr.kind(), statements, definition));
    }

    /** The analysed routines a SELECT, CALL or PERFORM calls, in the order of the calls. */
    List<Routine> calledBy(ParsedStatement statement) {
        StatementTokens t = statement.tokens();
        if (routines.isEmpty() || !(statement.model() instanceof Statement.Other) || t.size() == 0
                || !CALLING_STATEMENTS.contains(t.text(0).toUpperCase(Locale.ROOT))) {
            return List.of();
        }
        List<Routine> called = new ArrayList<>();
        for (int i = 1; i + 1 < t.size(); i++) {
            boolean name = t.kind(i) == StatementTokens.Kind.WORD || t.kind(i) == StatementTokens.Kind.QUOTED_NAME;
            if (name && t.text(i + 1).equals("(")) {
                Routine r = routines.get(Identifiers.normalize(t.text(i)));
                if (r != null && !called.contains(r)) {
                    called.add(r);
                }
            }
        }
        return called;
    }

    /** The dollar-quoted string after a top-level AS: the body. */
    private static int bodyToken(StatementTokens t) {
        int depth = 0;
        for (int i = 0; i + 1 < t.size(); i++) {
            String text = t.text(i);
            depth += text.equals("(") ? 1 : text.equals(")") ? -1 : 0;
            if (depth == 0 && text.equalsIgnoreCase("AS") && t.kind(i + 1) == StatementTokens.Kind.LITERAL
                    && t.text(i + 1).startsWith("$")) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The declared language, lower case without quotes; {@code sql} when none is declared. */
    private static String language(StatementTokens t) {
        int at = t.indexOf("LANGUAGE");
        return at < 0 || at + 1 >= t.size() ? "sql" : t.text(at + 1).replace("'", "").replace("\"", "").toLowerCase(Locale.ROOT);
    }
}
