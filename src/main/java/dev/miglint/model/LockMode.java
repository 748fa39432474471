package dev.miglint.model;

/** PostgreSQL table-level lock modes, weakest first, with what each one blocks for other sessions. */
public enum LockMode {
    ACCESS_SHARE("ACCESS SHARE", "only ACCESS EXCLUSIVE (blocks no reads or writes)"),
    ROW_SHARE("ROW SHARE", "EXCLUSIVE and ACCESS EXCLUSIVE"),
    ROW_EXCLUSIVE("ROW EXCLUSIVE", "SHARE and stronger locks (no reads or writes)"),
    SHARE_UPDATE_EXCLUSIVE("SHARE UPDATE EXCLUSIVE", "other DDL and VACUUM, but not reads or writes"),
    SHARE("SHARE", "writes (INSERT, UPDATE, DELETE), but not reads"),
    SHARE_ROW_EXCLUSIVE("SHARE ROW EXCLUSIVE", "writes (INSERT, UPDATE, DELETE), but not reads"),
    EXCLUSIVE("EXCLUSIVE", "writes and SELECT ... FOR UPDATE; only plain reads go on"),
    ACCESS_EXCLUSIVE("ACCESS EXCLUSIVE", "all reads and writes");

    private final String sql;
    private final String blocks;

    LockMode(String sql, String blocks) {
        this.sql = sql;
        this.blocks = blocks;
    }

    public String sql() {
        return sql;
    }

    /** What other sessions wait for while this lock is held, as a phrase: "all reads and writes". */
    public String blocks() {
        return blocks;
    }

    public boolean blocksWrites() {
        return compareTo(SHARE) >= 0;
    }

    public boolean blocksReads() {
        return this == ACCESS_EXCLUSIVE;
    }

    public static LockMode fromSql(String text) {
        String norm = text.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        for (LockMode m : values()) {
            if (m.sql.equals(norm)) {
                return m;
            }
        }
        return ACCESS_EXCLUSIVE;
    }
}
