package dev.miglint.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A column type reduced to a canonical name and its modifiers, e.g. {@code character varying(255)}
 * becomes {@code varchar} with {@code [255]}. {@code raw} keeps the user's spelling for messages.
 */
public record DataType(String name, List<String> args, boolean array, String raw) {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("int2", "smallint"),
            Map.entry("int8", "bigint"), Map.entry("float8", "double precision"), Map.entry("double", "double precision"),
            Map.entry("float4", "real"), Map.entry("decimal", "numeric"), Map.entry("bool", "boolean"),
            Map.entry("character varying", "varchar"), Map.entry("char varying", "varchar"),
            Map.entry("character", "char"), Map.entry("bpchar", "char"),
            Map.entry("timestamp without time zone", "timestamp"), Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("time without time zone", "time"), Map.entry("time with time zone", "timetz"),
            Map.entry("serial4", "serial"), Map.entry("serial8", "bigserial"), Map.entry("serial2", "smallserial"),
            Map.entry("varbit", "bit varying"));

    public DataType {
        args = List.copyOf(args);
    }

    /** Parses a type as written in DDL: {@code varchar(10)}, {@code numeric(10, 2)}, {@code text[]}, {@code timestamp(3) with time zone}. */
    public static DataType parse(String raw) {
        String text = raw.trim();
        boolean array = false;
        while (text.endsWith("[]")) {
            array = true;
            text = text.substring(0, text.length() - 2).trim();
        }
        if (text.toLowerCase(Locale.ROOT).endsWith(" array")) {
            array = true;
            text = text.substring(0, text.length() - 6).trim();
        }
        List<String> args = List.of();
        StringBuilder name = new StringBuilder();
        int open = text.indexOf('(');
        if (open >= 0) {
            int close = text.indexOf(')', open);
            if (close < 0) {
                close = text.length();
            }
            args = splitArgs(text.substring(open + 1, close));
            name.append(text, 0, open).append(' ').append(close < text.length() ? text.substring(close + 1) : "");
        } else {
            name.append(text);
        }
        String folded = canonicalName(name.toString());
        return new DataType(folded, args, array, raw.trim());
    }

    public static String canonicalName(String name) {
        String n = name.trim().replaceAll("\\s+", " ");
        if (n.startsWith("\"") && n.endsWith("\"") && n.length() > 1) {
            n = n.substring(1, n.length() - 1);
        } else {
            n = n.toLowerCase(Locale.ROOT);
        }
        if (n.startsWith("pg_catalog.")) {
            n = n.substring("pg_catalog.".length());
        }
        return ALIASES.getOrDefault(n, n);
    }

    private static List<String> splitArgs(String inside) {
        if (inside.isBlank()) {
            return List.of();
        }
        return List.of(inside.split("\\s*,\\s*")).stream().map(String::trim).toList();
    }

    /** The first modifier as a number (length, precision), or -1. */
    public int firstArg() {
        return argAsInt(0);
    }

    public int argAsInt(int i) {
        if (i >= args.size()) {
            return -1;
        }
        try {
            return Integer.parseInt(args.get(i));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public boolean isSerial() {
        return name.equals("serial") || name.equals("bigserial") || name.equals("smallserial");
    }

    public boolean is(String canonical) {
        return name.equals(canonical);
    }

    @Override
    public String toString() {
        return raw;
    }
}
