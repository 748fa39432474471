package dev.miglint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from the input (identifiers, statements, comments, file names) cannot forge CI workflow commands, drive the
 * terminal or inject Markdown in any text-like report, nor on stderr (issue 11).
 */
class ReportInjectionTest {
    private static final List<String> TEXT_LIKE = List.of("text", "github", "markdown");
    private static final String ESC = "\u001b";

    @TempDir
    Path dir;

    private CliRun lint(String format, String... files) {
        List<String> args = new ArrayList<>(List.of("lint", "--fail-on", "never", "--format", format));
        args.addAll(List.of(files));
        return CliRun.run(dir, args.toArray(String[]::new));
    }

    /** Lines the GitHub runner reads as commands: "::" after leading blanks, or "##[" anywhere. */
    private static List<String> commandLines(String output) {
        return output.lines().filter(l -> l.stripLeading().startsWith("::") || l.contains("##[")).toList();
    }

    @Test
    void identifiersWithLineBreaksCannotStartWorkflowCommands() throws IOException {
        Files.writeString(dir.resolve("a.sql"), "DROP TABLE \"x\n::add-mask::secret\n  ::stop-commands::tok\n"
                + "::error file=a.sql::forged\r\n##[add-mask]y\";\n");
        for (String format : List.of("text", "markdown")) {
            String out = lint(format, "a.sql").stdout();
            assertTrue(out.contains("drop-table"), out);
            assertEquals(List.of(), commandLines(out), format);
        }
        String github = lint("github", "a.sql").stdout();
        List<String> commands = commandLines(github);
        assertEquals(2, commands.size(), github); // drop-table and missing-lock-timeout
        for (String line : commands) {
            assertTrue(line.matches("::(error|warning|notice) file=a\\.sql,line=1,.*"), line);
            assertFalse(line.contains("##["), line);
        }
        assertEquals(3, github.lines().count(), github);
    }

    @Test
    void terminalEscapesAndCarriageReturnsFromTheInputAreShownVisibly() throws IOException {
        Files.writeString(dir.resolve("a.sql"), "-- \u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007\n"
                + "DROP TABLE \"t\u001b[2J\u001b[H\rok\u009b31m\u202Eevil\";\n");
        for (String format : TEXT_LIKE) {
            String out = lint(format, "a.sql").stdout();
            assertTrue(out.contains("drop-table"), out);
            assertFalse(out.contains(ESC) || out.contains("\u0007") || out.contains("\r") || out.contains("\u009b")
                    || out.contains("\u202E"), format + ": " + out);
        }
        String text = lint("text", "a.sql").stdout();
        assertTrue(text.contains("\"t\u241b[2J\u241b[H\u240dok\uFFFD31m\uFFFDevil\""), text);
    }

    @Test
    void fileNamesWithLineBreaksOrEscapesStayOneLineOnStderrInEveryFormat() throws IOException {
        String name = "bad\n::error::forged\u001b[2J.sql";
        Files.writeString(dir.resolve(name), "SELECT 'unterminated;\n");
        for (String format : List.of("text", "github", "markdown", "json", "sarif", "gitlab")) {
            CliRun run = lint(format, name);
            assertEquals(2, run.exitCode(), run.stderr());
            assertEquals(1, run.stderr().lines().count(), format + ": " + run.stderr());
            assertTrue(run.stderr().startsWith("bad\u240a::error::forged\u241b[2J.sql: "), run.stderr());
            assertFalse(run.stderr().contains(ESC), run.stderr());
            if (!format.equals("github")) {
                assertEquals(List.of(), commandLines(run.stdout()), format + ": " + run.stdout());
            }
        }
    }

    /** JSON, SARIF and GitLab escape what they carry: the identifier comes back intact, no raw control byte is printed. */
    @Test
    void jsonFormatsCarryControlCharactersOnlyEscaped() throws IOException {
        String identifier = "x\n::add-mask::secret\r\u001b[2J\u001b]8;;https://evil.example\u0007";
        Files.writeString(dir.resolve("a.sql"), "DROP TABLE \"" + identifier + "\";\n");
        for (String format : List.of("json", "sarif", "gitlab")) {
            String out = lint(format, "a.sql").stdout();
            assertFalse(out.chars().anyMatch(c -> c < 0x20 && c != '\n' || c == 0x7f), format + ": " + out);
            assertEquals(List.of(), commandLines(out), format);
            assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(out).toString()
                    .contains(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(identifier)
                            .replaceAll("^\"|\"$", "")), format + ": " + out);
        }
    }

    @Test
    void markdownShowsInputOnlyAsLiteralTextOrCode() throws IOException {
        Files.writeString(dir.resolve("a.sql"), "DROP TABLE \"x`](https://evil.example)![i](https://evil.example/i.png)"
                + " @octocat www.evil.example\n# Heading\n- item\n</details><details><summary>open\n```\n<img src=x>\";\n");
        String out = lint("markdown", "a.sql").stdout();
        assertTrue(out.contains("drop-table"), out);
        assertEquals(count(out, "<details>"), count(out, "</details>"), out);
        String prose = outsideCode(out).replaceAll("\\\\.", "") // backslash-escaped characters are literal
                .replace("[](https://github.com/miglint/miglint/blob/main/rules/", "[rule page "); // our own link
        for (String injected : List.of("](", "![", "@octocat", "<img", "<details><summary>open", "www.evil",
                "https://evil")) {
            assertFalse(prose.contains(injected), injected + " in\n" + prose);
        }
        for (String line : prose.lines().toList()) {
            // "### " alone is a file's heading, whose path is a code span
            assertFalse(line.startsWith("#") && !line.matches("#{2,4} (miglint|error: .*|warning: .*|note: .*|Problems|)"),
                    line);
            assertFalse(line.startsWith("- ") && !line.startsWith("- `"), line);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** The Markdown with fenced blocks and code spans removed: what GitHub would interpret. */
    private static String outsideCode(String markdown) {
        StringBuilder prose = new StringBuilder();
        String fence = null;
        for (String line : markdown.lines().toList()) {
            Matcher open = Pattern.compile("^(`{3,})").matcher(line);
            if (fence == null && open.find()) {
                fence = open.group(1);
            } else if (fence != null && line.equals(fence)) {
                fence = null;
            } else if (fence == null) {
                prose.append(line.replaceAll("(`+)(?:(?!\\1).)+?\\1", "")).append('\n');
            }
        }
        return prose.toString();
    }
}
