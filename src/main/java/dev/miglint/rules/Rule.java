package dev.miglint.rules;

/**
 * A check, one hazard per class. Implementations are stateless and listed in
 * {@code META-INF/services/dev.miglint.rules.Rule}, so a jar on the class path can add rules.
 */
public interface Rule {

    /**
     * Called for every statement, with the schema as it was just before the statement. Rules that judge a whole
     * migration, or that the engine reports itself, look at nothing here.
     */
    default void check(RuleContext context) {
    }

    /** Called once after the last statement of each migration file. */
    default void finishMigration(MigrationContext context) {
    }

    default RuleInfo info() {
        return RuleInfo.of(getClass());
    }
}
