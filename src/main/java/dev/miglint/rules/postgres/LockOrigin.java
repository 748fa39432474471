package dev.miglint.rules.postgres;

import dev.miglint.rules.RelatedSpan;
import dev.miglint.schema.HeldLock;
import java.util.List;

/** Where a held lock was taken, for the rules that report slow work done under it. */
final class LockOrigin {
    private LockOrigin() {
    }

    /** The statement that took {@code lock}, as a related location (none when the history does not say). */
    static List<RelatedSpan> related(HeldLock lock) {
        return lock.takenAt() == null ? List.of() : List.of(new RelatedSpan(lock.takenAt(),
                "the " + lock.takenBy() + " that took " + lock.mode().sql() + " on " + lock.describe()));
    }
}
