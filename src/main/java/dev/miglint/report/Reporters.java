package dev.miglint.report;

/** Creates the reporter for a format. */
public final class Reporters {

    private Reporters() {
    }

    /**
     * Each format is built in its own method so that choosing TEXT never loads the JSON or SARIF reporter, and with
     * them Jackson: startup time matters for a linter run on every commit.
     */
    public static Reporter create(Format format, ReportOptions options) {
        return switch (format) {
            case TEXT -> text(options);
            case JSON -> json(options);
            case SARIF -> sarif(options);
            case GITHUB -> github(options);
            case MARKDOWN -> markdown(options);
            case GITLAB -> gitlab(options);
        };
    }

    private static Reporter text(ReportOptions options) {
        return new TextReporter(options);
    }

    private static Reporter json(ReportOptions options) {
        return new JsonReporter(options);
    }

    private static Reporter sarif(ReportOptions options) {
        return new SarifReporter(options);
    }

    private static Reporter github(ReportOptions options) {
        return new GithubReporter(options);
    }

    private static Reporter markdown(ReportOptions options) {
        return new MarkdownReporter(options);
    }

    private static Reporter gitlab(ReportOptions options) {
        return new GitlabReporter(options);
    }
}
