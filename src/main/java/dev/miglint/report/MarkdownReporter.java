package dev.miglint.report;

import dev.miglint.lint.InputProblem;
import dev.miglint.lint.LintResult;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Level;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Markdown for a pull-request comment or a CI job summary: a table of findings per level, then for each visible
 * finding its location, the statement in a {@code sql} block, and the finding's help (why it is dangerous and the
 * safe recipe). Long statements and long help are folded into {@code <details>}. The output depends only on the
 * result, so a bot can compare it with the comment it posted before. With a byte limit
 * ({@link ReportOptions#maxBytes()}) a report that would not fit is written as {@link MarkdownSummary}.
 */
final class MarkdownReporter implements Reporter {

    /** Statements longer than this many lines are folded. */
    static final int FOLD_STATEMENT_LINES = 12;
    /** Help longer than this many lines is folded. */
    static final int FOLD_HELP_LINES = 8;

    private final long maxBytes;

    MarkdownReporter(ReportOptions options) {
        // Markdown has no colour and no quiet form; a limit switches to the summary when the report would not fit.
        this.maxBytes = options.maxBytes();
    }

    @Override
    public void write(LintResult result, Appendable target) throws IOException {
        StringBuilder out = new StringBuilder();
        writeReport(result, out);
        String full = Untrusted.guardCommands(out.toString());
        if (maxBytes > 0 && MarkdownSummary.utf8Bytes(full) > maxBytes) {
            target.append(new MarkdownSummary(result, maxBytes).render());
        } else {
            target.append(full);
        }
    }

    private void writeReport(LintResult result, Appendable out) throws IOException {
        out.append("## miglint\n\n");
        List<Finding> visible = result.visibleFindings();
        if (!visible.isEmpty()) {
            out.append(levelTable(result)).append('\n');
        }
        out.append(escape(SummaryLine.of(result))).append('\n');
        if (!result.problems().isEmpty()) {
            out.append("\n### Problems\n\n");
            for (InputProblem problem : result.problems()) {
                out.append(problemLine(problem));
            }
        }
        if (result.baseline() != null && !result.baseline().stale().isEmpty()) {
            out.append("\n").append(String.valueOf(result.baseline().stale().size()))
                    .append(" baseline entries no longer occur; record the baseline again to drop them.\n");
        }
        for (FindingsByFile.File file : FindingsByFile.of(visible)) {
            writeFile(file, out);
        }
    }

    /** An input problem as a list item. */
    static String problemLine(InputProblem problem) {
        return "- " + (problem.path().isEmpty() ? "" : code(problem.path()) + ": ") + escape(problem.message()) + "\n";
    }

    /** The findings per level, levels without findings left out. */
    static String levelTable(LintResult result) {
        StringBuilder out = new StringBuilder("| level | findings |\n| --- | ---: |\n");
        for (Level level : Level.values()) {
            if (result.count(level) > 0) {
                out.append("| ").append(level.id()).append(" | ").append(result.count(level)).append(" |\n");
            }
        }
        return out.toString();
    }

    /** One migration file: its errors and warnings in full, its notes folded so they never hide the rest. */
    private static void writeFile(FindingsByFile.File file, Appendable out) throws IOException {
        out.append("\n### ").append(code(file.path())).append('\n');
        List<Finding> notes = new ArrayList<>();
        for (Finding f : file.findings()) {
            if (f.level() == Level.NOTE) {
                notes.add(f);
            } else {
                writeFinding(f, out);
            }
        }
        if (!notes.isEmpty()) {
            out.append("\n<details><summary>").append(String.valueOf(notes.size()))
                    .append(notes.size() == 1 ? " note" : " notes").append("</summary>\n");
            for (Finding f : notes) {
                writeFinding(f, out);
            }
            out.append("\n</details>\n");
        }
    }

    private static void writeFinding(Finding f, Appendable out) throws IOException {
        out.append(finding(f));
    }

    /** One finding in full: a blank line, then its heading, location, statement and help; ends with a newline. */
    static String finding(Finding f) {
        List<String> blocks = new ArrayList<>();
        blocks.add("#### " + f.level().id() + ": " + (f.downStep() ? "[down] " : "") + escape(f.message()));
        blocks.add("[" + code(f.ruleId()) + "](" + SarifRules.PAGE_URI + f.ruleId() + ".md) at "
                + code(f.path() + ":" + f.startLine() + ":" + f.startColumn()));
        String statement = f.statement() == null ? "" : f.statement().strip();
        if (!statement.isEmpty()) {
            long lines = statement.lines().count();
            if (lines > FOLD_STATEMENT_LINES) {
                blocks.add("<details><summary>Statement (" + lines + " lines)</summary>");
                blocks.add(fence(statement));
                blocks.add("</details>");
            } else {
                blocks.add(fence(statement));
            }
        }
        String help = f.help() == null ? "" : f.help().strip();
        if (!help.isEmpty()) {
            boolean fold = help.lines().count() > FOLD_HELP_LINES;
            if (fold) {
                blocks.add("<details><summary>Why, and how to do it safely</summary>");
            }
            blocks.addAll(helpBlocks(help));
            if (fold) {
                blocks.add("</details>");
            }
        }
        return "\n" + String.join("\n\n", blocks) + "\n";
    }

    /**
     * The help as Markdown blocks: each prose line a paragraph, and runs of lines indented by four or more spaces
     * (the statements of a safe recipe) a {@code sql} block.
     */
    static List<String> helpBlocks(String help) {
        List<String> blocks = new ArrayList<>();
        List<String> code = new ArrayList<>();
        for (String line : help.lines().toList()) {
            if (line.startsWith("    ") || line.startsWith("\t")) {
                code.add(line.startsWith("\t") ? line.substring(1) : line.substring(4));
                continue;
            }
            flushCode(code, blocks);
            if (!line.isBlank()) {
                blocks.add(escapeProse(line.strip()));
            }
        }
        flushCode(code, blocks);
        return blocks;
    }

    private static void flushCode(List<String> code, List<String> blocks) {
        if (code.isEmpty()) {
            return;
        }
        blocks.add(fence(String.join("\n", code).stripTrailing()));
        code.clear();
    }

    /** A fenced {@code sql} block whose fence is longer than any backtick run in the text. */
    static String fence(String untrusted) {
        String text = Untrusted.lines(untrusted);
        String ticks = "`".repeat(Math.max(3, longestRun(text, '`') + 1));
        return ticks + "sql\n" + text + "\n" + ticks;
    }

    /** Inline code whose backtick delimiters are longer than any run inside. */
    static String code(String untrusted) {
        String text = Untrusted.line(untrusted);
        String ticks = "`".repeat(longestRun(text, '`') + 1);
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return ticks + pad + text + pad + ticks;
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** Plain text made literal: characters that Markdown or HTML would interpret are backslash-escaped. */
    static String escape(String text) {
        return MarkdownText.literal(text);
    }

    /** Help prose keeps its `code` spans; the text around them is made literal. */
    static String escapeProse(String text) {
        return MarkdownText.prose(text);
    }
}
