package dev.miglint.lint;

/**
 * What a report covers beyond its findings, so every format can say it. {@code changedFiles}: with
 * {@code --changed-since}, how many of the linted files were reported (the others were replayed for context only);
 * null when every linted file is reported. {@code generatedAdviceLeftOut}: advice notes whose only fix is an edit of
 * SQL that the framework generates (Prisma, Drizzle), left out of the report.
 */
public record ReportScope(Integer changedFiles, int generatedAdviceLeftOut) {

    public static final ReportScope ALL = new ReportScope(null, 0);

    public boolean changedOnly() {
        return changedFiles != null;
    }

    public ReportScope withChangedFiles(int count) {
        return new ReportScope(count, generatedAdviceLeftOut);
    }

    public ReportScope withGeneratedAdviceLeftOut(int count) {
        return new ReportScope(changedFiles, count);
    }
}
