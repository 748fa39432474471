package dev.miglint.report;

import dev.miglint.rules.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable identities of findings for SARIF {@code partialFingerprints}: built from the rule, the file and the
 * statement's text with comments, case and layout normalized away, never from line numbers, so a finding keeps its
 * identity when lines above it are added or removed.
 */
public final class Fingerprints {

    static final String KEY = "miglintFingerprint/v1";

    private Fingerprints() {
    }

    /** The finding's identity: the same in SARIF, GitLab Code Quality reports and baseline files. */
    public static String of(Finding finding) {
        return of(finding.ruleId(), finding.path(), finding.statement());
    }

    static String of(String ruleId, String path, String statement) {
        String input = ruleId + "|" + path + "|" + normalize(statement);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Removes {@code --} and (nested) {@code /* *}{@code /} comments outside quotes, collapses whitespace runs to one
     * space, trims, and lower-cases.
     */
    static String normalize(String sql) {
        if (sql == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') {
                    i++;
                }
                appendSpace(out);
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = skipBlockComment(sql, i);
                appendSpace(out);
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = quotedEnd(sql, i, c);
                out.append(sql, i, end);
                i = end;
            } else if (Character.isWhitespace(c)) {
                appendSpace(out);
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().strip().toLowerCase(Locale.ROOT);
    }

    private static int skipBlockComment(String sql, int start) {
        int depth = 0;
        int i = start;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return i;
    }

    /** The index after a quoted literal or identifier; a doubled quote is an escaped quote. */
    private static int quotedEnd(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return i;
    }

    private static void appendSpace(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }
}
