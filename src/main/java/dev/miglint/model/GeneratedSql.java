package dev.miglint.model;

import java.util.Optional;

/**
 * Frameworks that write the migration SQL from schema files (Prisma from {@code schema.prisma}, Drizzle from its
 * TypeScript schema). Advice whose fix is a SQL edit cannot be acted on in such a history (the next generated migration
 * would not have it), so it is phrased in the schema's terms where one maps; each method returns that phrasing, or empty
 * when the framework has no way to say it. Which framework generates its SQL is a fact of
 * {@code source.Framework#generatedSql()}.
 */
public enum GeneratedSql {
    PRISMA("schema.prisma"),
    DRIZZLE("the Drizzle schema");

    private final String schemaFile;

    GeneratedSql(String schemaFile) {
        this.schemaFile = schemaFile;
    }

    /** timestamptz instead of timestamp; {@code precision} as written in the SQL type (may be null). */
    public Optional<String> timestamptz(String column, String precision) {
        return Optional.of(switch (this) {
            case PRISMA -> "in " + schemaFile + ", declare the field as `DateTime @db.Timestamptz"
                    + (precision == null ? "" : "(" + precision + ")") + "`";
            case DRIZZLE -> "in " + schemaFile + ", declare it as `timestamp(\"" + column + "\", { withTimezone: true"
                    + (precision == null ? "" : ", precision: " + precision) + " })`";
        } + fixTail());
    }

    /** bigint instead of integer for a key column; {@code serial} when the column was a serial. */
    public Optional<String> bigint(String column, boolean serial) {
        return Optional.of(switch (this) {
            case PRISMA -> "in " + schemaFile + ", declare the field as `BigInt`"
                    + (serial ? " (with `@default(autoincrement())` it becomes bigserial)" : "")
                    + ", and the fields that reference it too";
            case DRIZZLE -> "in " + schemaFile + ", declare it as `" + (serial ? "bigserial" : "bigint") + "(\"" + column
                    + "\", { mode: \"number\" })`";
        } + fixTail());
    }

    /** text instead of char(n). */
    public Optional<String> text(String column) {
        return Optional.of(switch (this) {
            case PRISMA -> "in " + schemaFile + ", drop `@db.Char(n)` from the `String` field (or use `@db.Text`)";
            case DRIZZLE -> "in " + schemaFile + ", declare it as `text(\"" + column + "\")`";
        } + fixTail());
    }

    /** jsonb instead of json. */
    public Optional<String> jsonb(String column) {
        return Optional.of(switch (this) {
            case PRISMA -> "in " + schemaFile + ", drop `@db.Json` from the `Json` field (Prisma maps `Json` to jsonb)";
            case DRIZZLE -> "in " + schemaFile + ", declare it as `jsonb(\"" + column + "\")`";
        } + fixTail());
    }

    /** An identity column instead of a serial: Prisma has no identity columns. */
    public Optional<String> identity(String column, String base) {
        return switch (this) {
            case PRISMA -> Optional.empty();
            case DRIZZLE -> Optional.of("in " + schemaFile + ", declare it as `" + base + "(\"" + column + "\""
                    + (base.equals("bigint") ? ", { mode: \"number\" }" : "")
                    + ").generatedAlwaysAsIdentity()` (drizzle-orm 0.32 or later)" + fixTail());
        };
    }

    private String fixTail() {
        return this == PRISMA ? "; the next `prisma migrate dev` generates the SQL"
                : "; the next `drizzle-kit generate` writes the SQL";
    }
}
