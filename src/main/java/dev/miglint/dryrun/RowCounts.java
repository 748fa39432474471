package dev.miglint.dryrun;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How many synthetic rows each table gets: {@code --rows 1000} for every table a target touches, or per table,
 * {@code --rows orders=200000,users=5000} (a bare number among them sets the count of the others). A table named
 * here is filled even when no target names it.
 */
record RowCounts(int otherTables, Map<String, Integer> perTable) {

    static final int DEFAULT = 1000;

    RowCounts {
        perTable = Map.copyOf(perTable);
    }

    static RowCounts of(int rows) {
        return new RowCounts(rows, Map.of());
    }

    static RowCounts parse(String value) throws DryRunException {
        int others = DEFAULT;
        Map<String, Integer> tables = new LinkedHashMap<>();
        for (String part : value.split(",")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            String name = eq < 0 ? null : p.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String count = eq < 0 ? p : p.substring(eq + 1).trim();
            int n;
            try {
                n = Integer.parseInt(count);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 0 || (name != null && name.isEmpty())) {
                throw new DryRunException("--rows: expected a count of 0 or more or TABLE=COUNT pairs such as"
                        + " orders=200000,users=5000, got '" + value + "'");
            }
            if (name == null) {
                others = n;
            } else {
                tables.put(name, n);
            }
        }
        return new RowCounts(others, tables);
    }

    /** The count for a table, by its name without schema or with it ({@code public.orders}), lower case. */
    int forTable(String schema, String table) {
        String plain = table.toLowerCase(Locale.ROOT);
        Integer n = perTable.get(schema.toLowerCase(Locale.ROOT) + "." + plain);
        if (n == null) {
            n = perTable.get(plain);
        }
        return n == null ? otherTables : n;
    }

    boolean none() {
        return otherTables == 0 && perTable.values().stream().allMatch(n -> n == 0);
    }

    RowCounts times(int factor) {
        Map<String, Integer> scaled = new LinkedHashMap<>();
        perTable.forEach((t, n) -> scaled.put(t, n * factor));
        return new RowCounts(otherTables * factor, scaled);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        perTable.forEach((t, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(t).append('=').append(n));
        return perTable.isEmpty() ? Integer.toString(otherTables)
                : sb + (otherTables == DEFAULT ? "" : ", others " + otherTables);
    }
}
