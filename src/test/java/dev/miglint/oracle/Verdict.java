package dev.miglint.oracle;

/** What the engine saw one statement do; {@code reason} is empty when it was safe. */
public record Verdict(boolean reached, String reason) {

    public static final Verdict NOT_REACHED = new Verdict(false, "");
    public static final Verdict SAFE = new Verdict(true, "");

    public static Verdict hazard(String reason) {
        return new Verdict(true, reason);
    }

    public boolean hazardous() {
        return reached && !reason.isEmpty();
    }

    /** Adds a reason found later (an earlier lock held while a later statement worked). */
    public Verdict plus(String more) {
        return new Verdict(reached, reason.isEmpty() ? more : reason + "; " + more);
    }
}
