package dev.miglint.lint;

import dev.miglint.model.ParsedStatement;
import dev.miglint.model.Span;
import dev.miglint.scan.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * In-source suppressions. {@code -- miglint:ignore rule-a, rule-b -- reason} silences those rules for the
 * statement that follows the comment (or contains it); {@code -- miglint:ignore-file rule-a} for the whole
 * file. {@code all} names every rule.
 */
final class Suppressions {
    static final String ALL = "all";
    private static final String IGNORE = "miglint:ignore";
    private static final String IGNORE_FILE = "miglint:ignore-file";

    private final Map<String, String> fileWide = new HashMap<>();
    private final Map<Integer, Map<String, String>> byStatement = new HashMap<>();
    private final List<Directive> directives = new ArrayList<>();

    /** One parsed ignore comment, kept so unknown rule ids can be reported at the comment. */
    record Directive(Span span, List<String> ruleIds) {
    }

    static Suppressions read(String text, List<Token> comments, List<ParsedStatement> statements) {
        Suppressions s = new Suppressions();
        StatementLocator locator = new StatementLocator(statements);
        for (Token comment : comments) {
            String body = commentBody(comment.text(text));
            boolean wholeFile = body.startsWith(IGNORE_FILE);
            if (!wholeFile && !body.startsWith(IGNORE)) {
                continue;
            }
            String rest = body.substring(wholeFile ? IGNORE_FILE.length() : IGNORE.length());
            if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
                continue;
            }
            String reasonText = "";
            int separator = rest.indexOf("--");
            if (separator >= 0) {
                reasonText = rest.substring(separator + 2).trim();
                rest = rest.substring(0, separator);
            }
            String reason = reasonText;
            List<String> ids = new ArrayList<>();
            for (String id : rest.split("[,\\s]+")) {
                if (!id.isBlank()) {
                    ids.add(id.trim());
                }
            }
            if (ids.isEmpty()) {
                ids.add(ALL);
            }
            s.directives.add(new Directive(comment.span(), ids));
            if (wholeFile) {
                ids.forEach(id -> s.fileWide.put(id, reason));
            } else {
                for (int index : targets(comment, locator)) {
                    Map<String, String> forStatement = s.byStatement.computeIfAbsent(index, k -> new HashMap<>());
                    ids.forEach(id -> forStatement.put(id, reason));
                }
            }
        }
        return s;
    }

    /** The statements a comment silences: the innermost one containing it, and the first one starting after it. */
    private static Set<Integer> targets(Token comment, StatementLocator locator) {
        Set<Integer> targets = new HashSet<>();
        ParsedStatement containing = locator.innermostAt(comment.start());
        if (containing != null) {
            targets.add(containing.index());
        }
        ParsedStatement next = locator.firstStartingAtOrAfter(comment.end());
        if (next != null) {
            targets.add(next.index());
        }
        return targets;
    }

    private static String commentBody(String comment) {
        String body;
        if (comment.startsWith("--") || comment.startsWith("#")) {
            body = comment.substring(comment.startsWith("#") ? 1 : 2);
        } else if (comment.startsWith("/*")) {
            body = comment.substring(2, comment.endsWith("*/") && comment.length() >= 4 ? comment.length() - 2 : comment.length());
        } else {
            body = comment;
        }
        return body.trim();
    }

    /** The justification if {@code ruleId} is silenced for the statement, else null. */
    String justification(String ruleId, int statementIndex) {
        Map<String, String> forStatement = byStatement.getOrDefault(statementIndex, Map.of());
        for (Map<String, String> scope : List.of(forStatement, fileWide)) {
            if (scope.containsKey(ruleId)) {
                return scope.get(ruleId);
            }
            if (scope.containsKey(ALL)) {
                return scope.get(ALL);
            }
        }
        return null;
    }

    String fileWideJustification(String ruleId) {
        return fileWide.containsKey(ruleId) ? fileWide.get(ruleId) : fileWide.get(ALL);
    }

    List<Directive> directives() {
        return directives;
    }
}
