package dev.miglint.dialect.mysql;

import dev.miglint.model.AlterAction;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL character sets: the name a CHARACTER SET / CHARSET / COLLATE clause means, how many bytes a character
 * takes at most (which decides a VARCHAR's length-prefix size, and so whether ALTER TABLE can resize it in
 * place), and the table-level charset changes of ALTER TABLE.
 */
public final class MysqlCharsets {
    /** MySQL 8.0's default character set; also assumed when a table's charset is not known. */
    public static final String DEFAULT = "utf8mb4";

    private static final Map<String, Integer> BYTES = Map.ofEntries(
            Map.entry("utf8mb4", 4), Map.entry("utf8mb3", 3), Map.entry("utf16", 4), Map.entry("utf16le", 4),
            Map.entry("utf32", 4), Map.entry("ucs2", 2), Map.entry("gb18030", 4), Map.entry("ujis", 3),
            Map.entry("eucjpms", 3), Map.entry("big5", 2), Map.entry("gbk", 2), Map.entry("gb2312", 2),
            Map.entry("sjis", 2), Map.entry("cp932", 2), Map.entry("euckr", 2),
            Map.entry("latin1", 1), Map.entry("latin2", 1), Map.entry("latin5", 1), Map.entry("latin7", 1),
            Map.entry("ascii", 1), Map.entry("binary", 1), Map.entry("cp1250", 1), Map.entry("cp1251", 1),
            Map.entry("cp1256", 1), Map.entry("cp1257", 1), Map.entry("cp850", 1), Map.entry("cp852", 1),
            Map.entry("cp866", 1), Map.entry("dec8", 1), Map.entry("greek", 1), Map.entry("hebrew", 1),
            Map.entry("hp8", 1), Map.entry("keybcs2", 1), Map.entry("koi8r", 1), Map.entry("koi8u", 1),
            Map.entry("macce", 1), Map.entry("macroman", 1), Map.entry("swe7", 1), Map.entry("tis620", 1),
            Map.entry("armscii8", 1), Map.entry("geostd8", 1));

    private static final String NAME = "[`'\"]?([A-Za-z0-9_]+)[`'\"]?";
    private static final Pattern CONVERT = Pattern.compile(
            "(?is)\\s*CONVERT\\s+TO\\s+(?:CHARACTER\\s+SET|CHARSET)\\s*=?\\s*" + NAME + "(?:.*?\\bCOLLATE\\s*=?\\s*" + NAME + ")?.*");
    private static final Pattern CHARSET = Pattern.compile(
            "(?is)\\s*(?:DEFAULT\\s+)?(?:CHARACTER\\s+SET|CHARSET)\\s*=?\\s*" + NAME + ".*");
    private static final Pattern COLLATE = Pattern.compile("(?is)\\s*(?:DEFAULT\\s+)?COLLATE\\s*=?\\s*" + NAME + ".*");

    private MysqlCharsets() {
    }

    /** A table-level charset change: the new default charset; {@code convert}: existing columns are converted too. */
    public record Change(String charset, boolean convert) { }

    /** The charset a CHARACTER SET and/or COLLATE clause gives (either may be null), normalized; null when neither. */
    public static String of(String charset, String collation) {
        if (charset != null && !charset.isBlank() && !charset.equalsIgnoreCase("default")) {
            return normalize(charset);
        }
        if (collation != null && !collation.isBlank() && !collation.equalsIgnoreCase("default")) {
            String c = collation.toLowerCase(Locale.ROOT);
            int underscore = c.indexOf('_');
            return normalize(underscore > 0 ? c.substring(0, underscore) : c);
        }
        return null;
    }

    /** Lower-cased; {@code utf8} is MySQL 8.0's alias of {@code utf8mb3}. */
    public static String normalize(String charset) {
        String c = charset.trim().toLowerCase(Locale.ROOT).replace("`", "").replace("'", "").replace("\"", "");
        return c.equals("utf8") ? "utf8mb3" : c;
    }

    /** The most bytes one character takes; an unknown (or null) charset counts as utf8mb4's 4. */
    public static int bytesPerChar(String charset) {
        return charset == null ? 4 : BYTES.getOrDefault(normalize(charset), 4);
    }

    /**
     * The charset change of an ALTER TABLE action MySQL keeps as text: {@code CONVERT TO CHARACTER SET x [COLLATE y]},
     * {@code [DEFAULT] CHARACTER SET [=] x}, {@code [DEFAULT] CHARSET=x}, {@code [DEFAULT] COLLATE [=] y}; null otherwise.
     */
    public static Change change(AlterAction.Other action) {
        String text = action.text() == null ? "" : action.text();
        Matcher m = CONVERT.matcher(text);
        if (m.matches()) {
            return new Change(of(m.group(1), m.group(2)), true);
        }
        m = CHARSET.matcher(text);
        if (m.matches()) {
            return new Change(of(m.group(1), null), false);
        }
        m = COLLATE.matcher(text);
        if (m.matches()) {
            return new Change(of(null, m.group(1)), false);
        }
        return null;
    }
}
