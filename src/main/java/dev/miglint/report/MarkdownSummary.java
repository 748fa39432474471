package dev.miglint.report;

import dev.miglint.lint.InputProblem;
import dev.miglint.lint.LintResult;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The markdown report for a target with a size limit (a job step summary, a pull-request comment), used when the full
 * report would not fit: the counts per level and per rule, the first findings in full (errors first), the next ones a
 * line each, then how many more there are and where to find them. It is built from whole blocks, so it never ends
 * inside a code fence or a {@code <details>}, and never exceeds the limit in UTF-8 bytes.
 */
final class MarkdownSummary {

    private static final Comparator<Finding> WORST_FIRST = Comparator.comparing(Finding::level)
            .thenComparing(Finding::path).thenComparingInt(Finding::startLine).thenComparingInt(Finding::startColumn)
            .thenComparing(Finding::ruleId);

    private static final String FULL_HEADING = "\n### Findings\n";
    private static final String MORE_HEADING = "\n### More findings\n\n";

    private final LintResult result;
    private final long limit;

    MarkdownSummary(LintResult result, long limit) {
        this.result = result;
        this.limit = limit;
    }

    static long utf8Bytes(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    String render() {
        List<Finding> findings = result.visibleFindings().stream().sorted(WORST_FIRST).toList();
        List<InputProblem> problems = result.problems();
        Blocks out = new Blocks(limit - utf8Bytes(footer(findings.size(), problems.size())));
        out.add("## miglint\n\n");
        out.add(MarkdownReporter.escape(SummaryLine.of(result)) + "\n");
        if (!findings.isEmpty()) {
            out.add("\n" + MarkdownReporter.levelTable(result));
        }
        out.add("\nThe full report is larger than this target takes (" + String.format(java.util.Locale.ROOT, "%,d", limit)
                + " bytes): the findings per rule, the first ones in full (errors first), the next ones a line each.\n");
        if (!findings.isEmpty()) {
            out.add("\n" + ruleTable(findings));
        }
        if (result.baseline() != null && !result.baseline().stale().isEmpty()) {
            out.add("\n" + result.baseline().stale().size()
                    + " baseline entries no longer occur; record the baseline again to drop them.\n");
        }
        int problemsShown = out.addList("\n### Problems\n\n", problems.stream().map(MarkdownReporter::problemLine).toList(), 0);
        List<String> lines = findings.stream().map(MarkdownSummary::oneLine).toList();
        int full = addInFull(out, findings, lines);
        int oneLine = out.addList(MORE_HEADING, lines.subList(full, lines.size()), 0);
        List<Finding> rest = findings.subList(full, findings.size());
        int moreFindings = rest.size() - oneLine;
        int moreProblems = problems.size() - problemsShown;
        String text = out.text() + (moreFindings + moreProblems > 0 ? footer(moreFindings, moreProblems) : "");
        return text;
    }

    /**
     * The first findings in full, worst first, as long as the ones after them still fit a line each; when they cannot
     * all fit, the findings in full take at most half of what is left, so the one-line list is never crowded out.
     */
    private static int addInFull(Blocks out, List<Finding> findings, List<String> lines) {
        long[] linesFrom = new long[lines.size() + 1];
        for (int i = lines.size() - 1; i >= 0; i--) {
            linesFrom[i] = linesFrom[i + 1] + utf8Bytes(Untrusted.guardCommands(lines.get(i)));
        }
        long half = out.remaining() / 2;
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            blocks.add(MarkdownReporter.finding(findings.get(i)));
        }
        return out.addList(FULL_HEADING, blocks, i -> Math.min(half,
                i + 1 < lines.size() ? linesFrom[i + 1] + utf8Bytes(MORE_HEADING) : 0));
    }

    /** The counts per rule and level, worst level first, then most findings. */
    private static String ruleTable(List<Finding> findings) {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Level> levels = new TreeMap<>();
        for (Finding f : findings) {
            String key = f.ruleId() + "\u0000" + f.level().id();
            counts.merge(key, 1L, Long::sum);
            levels.put(key, f.level());
        }
        StringBuilder out = new StringBuilder("| rule | level | findings |\n| --- | --- | ---: |\n");
        counts.keySet().stream()
                .sorted(Comparator.comparing((String k) -> levels.get(k))
                        .thenComparing((String k) -> counts.get(k), Comparator.reverseOrder())
                        .thenComparing(Comparator.naturalOrder()))
                .forEach(key -> {
                    String rule = key.substring(0, key.indexOf('\u0000'));
                    out.append("| ").append(MarkdownReporter.code(rule)).append(" | ").append(levels.get(key).id()).append(" | ")
                            .append(counts.get(key)).append(" |\n");
                });
        return out.toString();
    }

    private static String oneLine(Finding f) {
        return "- " + f.level().id() + " " + MarkdownReporter.code(f.ruleId()) + " at "
                + MarkdownReporter.code(f.path() + ":" + f.startLine() + ":" + f.startColumn()) + ": "
                + (f.downStep() ? "[down] " : "") + MarkdownReporter.escape(f.message()) + "\n";
    }

    /** The closing line when something did not fit; the longest one (all counts) is reserved from the start. */
    private static String footer(int findings, int problems) {
        String what = findings > 0 && problems > 0 ? findings + " more findings and " + problems + " more problems"
                : problems > 0 ? problems + (problems == 1 ? " more problem" : " more problems")
                : findings + (findings == 1 ? " more finding" : " more findings");
        return "\n" + what + " not shown here: see the SARIF or JSON artifact (miglint lint --format sarif or json).\n";
    }

    /** Whole blocks appended while they fit in the budget; a list stops at its first item that does not fit. */
    private static final class Blocks {
        private final StringBuilder text = new StringBuilder();
        private final long budget;
        private long used;

        Blocks(long budget) {
            this.budget = budget;
        }

        long remaining() {
            return budget - used;
        }

        boolean add(String block) {
            return add(block, 0);
        }

        /** Adds the block when it fits with {@code keepFree} bytes still free after it. */
        boolean add(String block, long keepFree) {
            String guarded = Untrusted.guardCommands(block);
            long bytes = utf8Bytes(guarded);
            if (used + bytes + keepFree > budget) {
                return false;
            }
            text.append(guarded);
            used += bytes;
            return true;
        }

        int addList(String heading, List<String> items, long keepFree) {
            return addList(heading, items, i -> keepFree);
        }

        /**
         * Adds the heading with the first item, then items in order while they fit, item {@code i} only with
         * {@code keepFree(i)} bytes still free after it; returns how many went in.
         */
        int addList(String heading, List<String> items, java.util.function.IntToLongFunction keepFree) {
            if (items.isEmpty() || !add(heading + items.get(0), keepFree.applyAsLong(0))) {
                return 0;
            }
            int added = 1;
            while (added < items.size() && add(items.get(added), keepFree.applyAsLong(added))) {
                added++;
            }
            return added;
        }

        String text() {
            return text.toString();
        }
    }
}
