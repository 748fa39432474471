package dev.miglint.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for a mistyped name: the known name fewest edits away, when it is close enough to be meant. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The closest of {@code known} to {@code given}, if at most a third of its letters (at least 2) differ. */
    public static Optional<String> closest(String given, Collection<String> known) {
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        String wanted = given.strip().toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, wanted.length() / 3);
        return known.stream()
                .filter(name -> Math.abs(name.length() - wanted.length()) <= allowed)
                .min(Comparator.comparingInt((String name) -> distance(wanted, name)).thenComparing(name -> name))
                .filter(name -> distance(wanted, name) <= allowed);
    }

    /** {@code " (did you mean 'x'?)"}, or nothing. */
    public static String didYouMean(String given, Collection<String> known) {
        return closest(given, known).map(name -> " (did you mean '" + name + "'?)").orElse("");
    }

    /** Levenshtein distance, two rows; names here are short. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
