package dev.miglint.source;

import dev.miglint.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits files that hold both directions into sections, by the annotations of goose, dbmate and Liquibase
 * formatted SQL. Every range is in offsets of the whole file, so findings keep the file's line numbers.
 */
final class Sections {
    private Sections() {
    }

    /** An up section, its down ranges ({@code hasDown}: the down annotation is present) and the transaction flag. */
    record Split(Span up, boolean hasDown, List<Span> down, Boolean runsInTransaction) {
    }

    /**
     * One Liquibase changeset: {@code name} as its header writes it ({@code author:id}), its body, its rollback ranges
     * and attributes.
     */
    record Changeset(String name, Span body, List<Span> rollback, boolean rollbackDeclaredEmpty,
            boolean runInTransaction, String dbms, boolean runAlways, boolean runOnChange) {
    }

    private record Line(int start, int end, int next) {
        String text(String s) {
            return s.substring(start, end);
        }
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            int visibleEnd = end > i && text.charAt(end - 1) == '\r' ? end - 1 : end;
            out.add(new Line(i, visibleEnd, nl < 0 ? text.length() : nl + 1));
            i = nl < 0 ? text.length() : nl + 1;
        }
        return out;
    }

    private static final Pattern GOOSE = Pattern.compile("^\\s*--\\s*\\+goose\\s+(.*?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SQL_MIGRATE = Pattern.compile("^\\s*--\\s*\\+migrate\\s+(up|down)\\b(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DBMATE = Pattern.compile("^\\s*--\\s*migrate:(up|down)\\b(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGESET = Pattern.compile("^\\s*--\\s*changeset\\s+(\\S+)(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLLBACK = Pattern.compile("^\\s*--\\s*rollback\\b\\s?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+):(\"[^\"]*\"|\\S+)");

    static boolean isGoose(String text) {
        return lines(text).stream().anyMatch(l -> gooseWord(text, l).startsWith("up"));
    }

    static boolean isSqlMigrate(String text) {
        return lines(text).stream().anyMatch(l -> SQL_MIGRATE.matcher(l.text(text)).find());
    }

    static boolean isDbmate(String text) {
        return lines(text).stream().anyMatch(l -> DBMATE.matcher(l.text(text)).find());
    }

    static boolean isLiquibase(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        return first.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT).matches("-- ?liquibase formatted sql.*");
    }

    private static String gooseWord(String text, Line line) {
        Matcher m = GOOSE.matcher(line.text(text));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") : "";
    }

    /** goose: {@code -- +goose Up} ... {@code -- +goose Down} ...; {@code -- +goose NO TRANSACTION} anywhere. */
    static Split goose(String text) {
        int upStart = -1;
        int upEnd = -1;
        int downStart = -1;
        int downEnd = -1;
        boolean noTransaction = false;
        for (Line line : lines(text)) {
            String word = gooseWord(text, line);
            if (word.equals("up")) {
                if (downStart >= 0 && downEnd < 0) {
                    downEnd = line.start();
                }
                upStart = line.next();
            } else if (word.equals("down")) {
                if (upStart >= 0 && upEnd < 0) {
                    upEnd = line.start();
                }
                downStart = line.next();
            } else if (word.equals("no transaction")) {
                noTransaction = true;
            }
        }
        return split(text, upStart, upEnd, downStart, downEnd, !noTransaction);
    }

    /** dbmate: {@code -- migrate:up [transaction:false]} ... {@code -- migrate:down} ...; the last marker wins. */
    static Split dbmate(String text) {
        return marked(text, DBMATE_MARKERS);
    }

    /**
     * rubenv/sql-migrate: {@code -- +migrate Up [notransaction]} ... {@code -- +migrate Down}. Several Up or Down
     * sections are allowed; like sql-migrate we take the text from the first Up to the next Down as the up step.
     */
    static Split sqlMigrate(String text) {
        return marked(text, SQL_MIGRATE_MARKERS);
    }

    /**
     * How a tool marks its sections: {@code pattern}'s group 1 is up or down, group 2 the rest of the line, where
     * {@code noTransaction} turns the tool's transaction off; {@code firstWins}: the first Up (and Down) marker
     * starts the section and every Up must keep the transaction, else the last marker and its flag win.
     */
    private record Markers(Pattern pattern, boolean firstWins, Pattern noTransaction) {
    }

    private static final Markers DBMATE_MARKERS = new Markers(DBMATE, false,
            Pattern.compile("transaction\\s*:\\s*false", Pattern.CASE_INSENSITIVE));
    private static final Markers SQL_MIGRATE_MARKERS = new Markers(SQL_MIGRATE, true,
            Pattern.compile("notransaction", Pattern.CASE_INSENSITIVE));

    private static Split marked(String text, Markers markers) {
        int upStart = -1;
        int upEnd = -1;
        int downStart = -1;
        int downEnd = -1;
        boolean transaction = true;
        for (Line line : lines(text)) {
            Matcher m = markers.pattern().matcher(line.text(text));
            if (!m.find()) {
                continue;
            }
            if (m.group(1).equalsIgnoreCase("up")) {
                if (downStart >= 0 && downEnd < 0) {
                    downEnd = line.start();
                }
                if (!markers.firstWins() || upStart < 0) {
                    upStart = line.next();
                }
                boolean off = markers.noTransaction().matcher(m.group(2)).find();
                transaction = markers.firstWins() ? transaction && !off : !off;
            } else {
                if (upStart >= 0 && upEnd < 0) {
                    upEnd = line.start();
                }
                if (!markers.firstWins() || downStart < 0) {
                    downStart = line.next();
                }
            }
        }
        return split(text, upStart, upEnd, downStart, downEnd, transaction);
    }

    private static Split split(String text, int upStart, int upEnd, int downStart, int downEnd, boolean transaction) {
        int n = text.length();
        Span up = upStart < 0 ? null : new Span(Math.min(upStart, n), Math.max(Math.min(upStart, n), upEnd < 0 ? n : upEnd));
        List<Span> down = new ArrayList<>();
        if (downStart >= 0) {
            int s = Math.min(downStart, n);
            down.add(new Span(s, Math.max(s, downEnd < 0 ? n : downEnd)));
        }
        return new Split(up, downStart >= 0, down, transaction);
    }

    /** Liquibase formatted SQL: each {@code --changeset author:id attr:value...} up to the next one. */
    static List<Changeset> liquibase(String text) {
        List<Changeset> out = new ArrayList<>();
        List<Line> lines = lines(text);
        int i = 0;
        while (i < lines.size()) {
            Matcher m = CHANGESET.matcher(lines.get(i).text(text));
            if (!m.find()) {
                i++;
                continue;
            }
            boolean runInTransaction = true;
            boolean runAlways = false;
            boolean runOnChange = false;
            String dbms = null;
            Matcher a = ATTRIBUTE.matcher(m.group(2));
            while (a.find()) {
                String value = a.group(2).replace("\"", "");
                if (a.group(1).equalsIgnoreCase("runInTransaction")) {
                    runInTransaction = !value.equalsIgnoreCase("false");
                } else if (a.group(1).equalsIgnoreCase("dbms")) {
                    dbms = value;
                } else if (a.group(1).equalsIgnoreCase("runAlways")) {
                    runAlways = value.equalsIgnoreCase("true");
                } else if (a.group(1).equalsIgnoreCase("runOnChange")) {
                    runOnChange = value.equalsIgnoreCase("true");
                }
            }
            int bodyStart = lines.get(i).next();
            List<Span> rollback = new ArrayList<>();
            boolean declaredEmpty = false;
            int j = i + 1;
            for (; j < lines.size(); j++) {
                Line line = lines.get(j);
                String s = line.text(text);
                if (CHANGESET.matcher(s).find()) {
                    break;
                }
                Matcher r = ROLLBACK.matcher(s);
                if (r.find()) {
                    String sql = s.substring(r.end()).trim().toLowerCase(Locale.ROOT);
                    if (sql.equals("empty") || sql.equals("not required")) {
                        declaredEmpty = true;
                    } else {
                        rollback.add(new Span(line.start() + r.end(), line.end()));
                    }
                } else if (s.trim().toLowerCase(Locale.ROOT).matches("/\\*\\s*liquibase rollback.*")) {
                    int close = text.indexOf("*/", line.next());
                    int end = close < 0 ? text.length() : close;
                    if (line.next() <= end) {
                        rollback.add(new Span(line.next(), end));
                    }
                }
            }
            int bodyEnd = j < lines.size() ? lines.get(j).start() : text.length();
            out.add(new Changeset(m.group(1), new Span(Math.min(bodyStart, bodyEnd), bodyEnd), rollback, declaredEmpty,
                    runInTransaction, dbms, runAlways, runOnChange));
            i = j;
        }
        return out;
    }
}
