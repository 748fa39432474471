package dev.miglint.rules;

import dev.miglint.model.Dialect;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's metadata, written beside its code. Its prose (why, fix recipe: the finding's help) is the page rules/{id}.md. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleDefinition {
    /** Kebab-case name of the hazard, e.g. {@code index-without-concurrently}. */
    String id();

    Level level();

    /** One sentence: what is found. */
    String summary();

    Dialect[] dialects() default {Dialect.POSTGRES};

    /**
     * Whether the rule checks down steps too. False for advice on the shape of new schema (column types, keys): a
     * down step re-creates what an earlier migration chose, so the advice belongs to that migration, not to the
     * rollback that restores it.
     */
    boolean downSteps() default true;

    /**
     * Whether the rule checks statements nested in DO blocks, function bodies and the routines a statement calls.
     * False when such a statement may be guarded by what the statement model does not keep (an IF, an EXCEPTION
     * handler), so a verdict about it would be a guess: the linter then never shows the rule a nested statement.
     */
    boolean nestedStatements() default true;

    /** What the findings are about; SARIF tags {@link Concern#SECURITY} ones "security" for GitHub code scanning. */
    Concern concern() default Concern.DEPLOY_SAFETY;
}
