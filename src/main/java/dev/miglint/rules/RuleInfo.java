package dev.miglint.rules;

import dev.miglint.model.Dialect;
import java.util.EnumSet;
import java.util.Set;

/** A rule's metadata as the engine, reporters and docs see it. */
public record RuleInfo(String id, Level level, String summary, Set<Dialect> dialects, boolean downSteps,
        boolean nestedStatements, Concern concern) {

    public RuleInfo(String id, Level level, String summary, Set<Dialect> dialects) {
        this(id, level, summary, dialects, true, true, Concern.DEPLOY_SAFETY);
    }

    /** Read once per class: rules ask for their info for every statement. */
    private static final ClassValue<RuleInfo> CACHE = new ClassValue<>() {
        @Override
        protected RuleInfo computeValue(Class<?> type) {
            return RuleIndex.find(type).orElseGet(() -> fromAnnotation(type));
        }
    };

    public static RuleInfo of(Class<?> ruleClass) {
        return CACHE.get(ruleClass);
    }

    /** The class's {@link RuleDefinition}, read by reflection. */
    static RuleInfo fromAnnotation(Class<?> ruleClass) {
        RuleDefinition def = ruleClass.getAnnotation(RuleDefinition.class);
        if (def == null) {
            throw new IllegalStateException(ruleClass.getName() + " has no @RuleDefinition");
        }
        Set<Dialect> dialects = EnumSet.noneOf(Dialect.class);
        dialects.addAll(java.util.List.of(def.dialects()));
        return new RuleInfo(def.id(), def.level(), def.summary(), Set.copyOf(dialects), def.downSteps(),
                def.nestedStatements(), def.concern());
    }

    public boolean appliesTo(Dialect dialect) {
        return dialects.contains(dialect);
    }
}
