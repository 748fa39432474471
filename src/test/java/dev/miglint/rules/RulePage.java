package dev.miglint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a rules/<id>.md page that tests run: its Bad and Good SQL examples, their lint options
 * ({@code <!-- miglint-options: ... -->}) and the name of the migration file they stand for
 * ({@code <!-- miglint-file: V2__add_index.sql -->}, for what a framework reads from file names, e.g. Flyway).
 */
record RulePage(String id, String markdown) {

    /** {@code fileName} is null when the example is a plain file. */
    record Example(String sql, List<String> options, String fileName) {
    }

    Optional<Example> example(String heading) {
        String[] lines = markdown.split("\n", -1);
        int i = 0;
        while (i < lines.length && !lines[i].trim().equals("## " + heading)) {
            i++;
        }
        List<String> options = new ArrayList<>();
        String fileName = null;
        for (i++; i < lines.length && !lines[i].startsWith("## "); i++) {
            String line = lines[i].trim();
            if (line.startsWith("<!-- miglint-options:")) {
                String inner = line.substring("<!-- miglint-options:".length(), line.lastIndexOf("-->")).trim();
                options.addAll(List.of(inner.split("\\s+")));
            } else if (line.startsWith("<!-- miglint-file:")) {
                fileName = line.substring("<!-- miglint-file:".length(), line.lastIndexOf("-->")).trim();
            } else if (line.startsWith("```sql")) {
                StringBuilder sql = new StringBuilder();
                for (i++; i < lines.length && !lines[i].trim().startsWith("```"); i++) {
                    sql.append(lines[i]).append('\n');
                }
                return Optional.of(new Example(sql.toString(), options, fileName));
            }
        }
        return Optional.empty();
    }

    /** The headings of the examples that start with {@code prefix}, e.g. {@code "Bad: "}, in page order. */
    List<String> exampleHeadings(String prefix) {
        return markdown.lines().filter(line -> line.startsWith("## " + prefix)).map(line -> line.substring(3).strip())
                .toList();
    }

    /** The default level named on the {@code **Level:**} line. */
    String level() {
        return markdown.lines().filter(line -> line.startsWith("**Level:**")).findFirst()
                .map(line -> line.substring("**Level:**".length()).split("·")[0].strip()).orElse("");
    }

    /** The first line must be the rule id as the title, and the level must match the code. */
    String title() {
        return markdown.lines().findFirst().orElse("").replaceFirst("^#\\s*", "").trim();
    }

    /** The dialects named on the {@code **Dialects:**} line, in the order written. */
    List<String> dialects() {
        return markdown.lines().filter(line -> line.contains("**Dialects:**")).findFirst()
                .map(line -> line.substring(line.indexOf("**Dialects:**") + "**Dialects:**".length()))
                .map(rest -> List.of(rest.split("·")[0].trim().split("\\s*,\\s*")))
                .orElse(List.of());
    }
}
