package dev.miglint.comment;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits a markdown report into a comment's size limit by cutting it before a file or finding heading that is outside
 * every code fence and {@code <details>}, so what is left still renders as written, and saying how many findings
 * were left out. (The markdown summary mode, where present, keeps a report within a byte limit on its own; this is
 * the comment's guard.)
 */
final class MarkdownLimit {

    private MarkdownLimit() {
    }

    /** {@code markdown} unchanged when it has at most {@code maxChars} characters, else cut as described above. */
    static String fit(String markdown, int maxChars) {
        if (markdown.length() <= maxChars) {
            return markdown;
        }
        List<Integer> cuts = new ArrayList<>();
        List<Integer> findingsBefore = new ArrayList<>();
        int findings = 0;
        int depth = 0;
        String fence = null;
        int offset = 0;
        for (String line : markdown.split("\n", -1)) {
            if (fence != null) {
                if (line.strip().equals(fence) || (line.strip().startsWith(fence) && line.strip().chars().allMatch(c -> c == '`'))) {
                    fence = null;
                }
            } else if (line.startsWith("```")) {
                fence = line.substring(0, line.length() - line.replaceFirst("^`+", "").length());
            } else {
                if (depth == 0 && (line.startsWith("### ") || line.startsWith("#### "))) {
                    cuts.add(offset);
                    findingsBefore.add(findings);
                }
                if (line.startsWith("#### ")) {
                    findings++;
                }
                if (line.startsWith("<details>")) {
                    depth++;
                }
                if (line.contains("</details>") && depth > 0) {
                    depth--;
                }
            }
            offset += line.length() + 1;
        }
        for (int i = cuts.size() - 1; i >= 0; i--) {
            String note = omitted(findings - findingsBefore.get(i));
            if (cuts.get(i) + note.length() <= maxChars) {
                return markdown.substring(0, cuts.get(i)) + note;
            }
        }
        String note = omitted(findings);
        String title = markdown.lines().findFirst().orElse("## miglint");
        return (title + "\n" + note).length() <= maxChars ? title + "\n" + note : note.substring(0, Math.min(note.length(), maxChars));
    }

    private static String omitted(int findings) {
        return "\n---\n\n" + findings + (findings == 1 ? " more finding is" : " more findings are")
                + " not shown here, to keep the comment within its size limit: see the job log, or the SARIF or JSON report.\n";
    }
}
