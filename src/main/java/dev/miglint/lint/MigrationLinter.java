package dev.miglint.lint;

import dev.miglint.settings.LintSettings;
import dev.miglint.model.Dialect;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.Span;
import dev.miglint.parse.StatementParser;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Fix;
import dev.miglint.rules.Level;
import dev.miglint.rules.RelatedSpan;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleHelp;
import dev.miglint.rules.RuleRegistry;
import dev.miglint.rules.builtin.InvalidSuppression;
import dev.miglint.scan.LineIndex;
import dev.miglint.scan.ScanProblem;
import dev.miglint.scan.ScanResult;
import dev.miglint.scan.Scanner;
import dev.miglint.schema.SchemaTracker;
import dev.miglint.schema.SchemaView;
import dev.miglint.schema.TransactionView;
import dev.miglint.source.MigrationFile;
import dev.miglint.source.SourceFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Lints one migration file against the schema its history has built so far. */
final class MigrationLinter {
    private final LintSettings settings;
    private final List<Rule> rules;
    private final RuleSelection selection;
    private final RuleRegistry registry;
    private final SchemaTracker tracker;
    /** The functions and procedures of the history whose bodies run where they are called. */
    private final RoutineBodies routines;
    /** How deep calls from one routine's body into another are followed. */
    private static final int MAX_CALL_DEPTH = 4;

    MigrationLinter(LintSettings settings, List<Rule> rules, RuleSelection selection, RuleRegistry registry,
            SchemaTracker tracker) {
        this(settings, rules, selection, registry, tracker, new RoutineBodies());
    }

    private MigrationLinter(LintSettings settings, List<Rule> rules, RuleSelection selection, RuleRegistry registry,
            SchemaTracker tracker, RoutineBodies routines) {
        this.routines = routines;
        this.settings = settings;
        this.rules = rules;
        this.selection = selection;
        this.registry = registry;
        this.tracker = tracker;
    }

    /**
     * What can be worked out from a file alone, before the schema its history built: scan, parse, line index and
     * suppressions. Independent of every other file, so the linter prepares many files in parallel ahead of the
     * replay, which must go in history order.
     */
    record Prepared(SourceFile source, List<ParsedStatement> statements, LineIndex lines, Suppressions suppressions,
            List<InputProblem> scanProblems, List<Span> execBlocks) {

        static Prepared of(MigrationFile file, SourceFile source, Dialect dialect) {
            String text = source.text();
            Span section = file.section() == null ? new Span(0, text.length()) : clamp(file.section(), text.length());
            ScanResult scan = Scanner.scan(text, section.start(), section.end(), dialect);
            List<ParsedStatement> statements = new StatementParser(dialect).parse(text, scan);
            return of(source, statements, text, scan);
        }

        /** {@code text}: what the scanner read, {@code source}'s text or that text with the parts not linted blanked. */
        static Prepared of(SourceFile source, List<ParsedStatement> statements, String text, ScanResult scan) {
            LineIndex lines = new LineIndex(text);
            Suppressions suppressions = Suppressions.read(text, scan.comments(), statements);
            List<InputProblem> problems = new ArrayList<>();
            for (ScanProblem p : scan.problems()) {
                problems.add(new InputProblem(source.displayPath(),
                        lines.line(p.offset()) + ":" + lines.column(p.offset()) + ": " + p.message()));
            }
            return new Prepared(source, statements, lines, suppressions, problems,
                    dev.miglint.scan.ExecBlocks.of(text, scan.comments()));
        }
    }

    FileResult lint(MigrationFile file, SourceFile source, SourceLoader loader) {
        return lint(file, Prepared.of(file, source, settings.dialect()), loader);
    }

    FileResult lint(MigrationFile file, Prepared prepared, SourceLoader loader) {
        SourceFile source = prepared.source();
        List<ParsedStatement> statements = prepared.statements();
        LineIndex lines = prepared.lines();
        Suppressions suppressions = prepared.suppressions();
        FindingSink sink = new FindingSink(source, lines, suppressions, statements);
        List<InputProblem> problems = new ArrayList<>(prepared.scanProblems());
        reportUnknownSuppressions(suppressions, sink);

        dev.miglint.model.TransactionWrapping wrapping = file.effectiveWrapping(settings.assumeInTransaction());
        tracker.beginMigration(wrapping, statements);
        ExecBlockReplay blocks = ExecBlockReplay.of(wrapping, settings.dialect(), prepared.execBlocks(), statements);
        Set<String> once = new HashSet<>();
        DownStatements down = new DownStatements(file, loader, settings.dialect(), problems, statements);
        int unparsed = 0;
        for (ParsedStatement statement : statements) {
            if (statement.isUnparsed() && statement.syntaxProblem() == null) {
                unparsed++;
            }
            blocks.before(statement, tracker);
            for (Rule rule : rules) {
                if (statement.nested() && !rule.info().nestedStatements()) {
                    continue;
                }
                Context context = new Context(file, rule, statement, sink, once, down);
                try {
                    rule.check(context);
                } catch (RuntimeException | StackOverflowError e) {
                    problems.add(internalError(source, lines, rule, statement.span(), e));
                }
            }
            tracker.apply(statement);
            try {
                routines.apply(statement, source.text(), source.displayPath(), lines, settings.dialect());
            } catch (RuntimeException | StackOverflowError e) {
                // a body that cannot be modelled is not analysed at its calls; the definition itself is still linted
                problems.add(new InputProblem(source.displayPath(), lines.line(statement.span().start()) + ":"
                        + lines.column(statement.span().start()) + ": internal error while reading a function body ("
                        + e + "); its calls are not analysed, please report it"));
            }
            runCalledRoutines(statement, statement, new ArrayList<>(), file, sink, once, down, problems, source, lines);
            blocks.after(statement, tracker);
        }
        for (Rule rule : rules) {
            try {
                rule.finishMigration(new Context(file, rule, null, sink, once, down));
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(internalError(source, lines, rule, new Span(0, 0), e));
            }
        }
        tracker.endMigration();
        FileResult rollback = settings.checkDown() ? down.rollback().map(r -> lintRollback(r, loader)).orElse(null) : null;
        return new FileResult(source, sink.findings(), statements.size(), unparsed, problems,
                sink.generatedAdviceLeftOut(), rollback);
    }

    /**
     * The statements of the functions and procedures {@code statement} calls, checked and replayed as the statements
     * they run, where they run: inside the calling statement's transaction, like a DO block's. Their findings are
     * reported at {@code callSite} with the routine's CREATE as a related location.
     */
    private void runCalledRoutines(ParsedStatement statement, ParsedStatement callSite, List<String> chain,
            MigrationFile file, FindingSink sink, Set<String> once, DownStatements down, List<InputProblem> problems,
            SourceFile source, LineIndex lines) {
        if (chain.size() >= MAX_CALL_DEPTH) {
            return;
        }
        for (RoutineBodies.Routine routine : routines.calledBy(statement)) {
            if (chain.contains(routine.name())) {
                continue; // recursion: its statements were already followed once
            }
            chain.add(routine.name());
            for (ParsedStatement inner : routine.body()) {
                ParsedStatement atCall = new ParsedStatement(callSite.index(), callSite.span(), inner.text(), inner.model(),
                        inner.origin(), true, inner.tokens());
                for (Rule rule : rules) {
                    if (!rule.info().nestedStatements()) {
                        continue; // a called routine's statement is nested in its body
                    }
                    Context context = new Context(file, rule, atCall, sink, once, down, callSite, routine);
                    try {
                        rule.check(context);
                    } catch (RuntimeException | StackOverflowError e) {
                        problems.add(internalError(source, lines, rule, callSite.span(), e));
                    }
                }
                tracker.apply(atCall);
                runCalledRoutines(atCall, callSite, chain, file, sink, once, down, problems, source, lines);
            }
            chain.remove(chain.size() - 1);
        }
    }

    /**
     * The down step, linted as what it is: statements run against production when the migration is rolled back. It
     * runs against a copy of the schema as its own up left it, so the forward history never sees it; it starts a
     * migration of its own, so what the up created is no longer new (and no longer known to be empty) in it.
     */
    private FileResult lintRollback(DownStatements.Rollback rollback, SourceLoader loader) {
        List<Rule> downRules = rules.stream().filter(rule -> rule.info().downSteps()).toList();
        MigrationLinter linter = new MigrationLinter(settings, downRules, selection, registry, tracker.fork(),
                routines.copy());
        FileResult result = linter.lint(rollback.file(), rollback.prepared(), loader);
        return new FileResult(result.source(), result.findings().stream().map(Finding::asDownStep).toList(),
                result.statements(), result.unparsed(), result.problems(), result.generatedAdviceLeftOut(), null);
    }

    private static Span clamp(Span span, int length) {
        int end = Math.min(span.end(), length);
        return new Span(Math.min(span.start(), end), end);
    }

    private void reportUnknownSuppressions(Suppressions suppressions, FindingSink sink) {
        String id = InvalidSuppression.ID;
        if (!selection.enabled(id)) {
            return;
        }
        Level level = registry.find(id).map(selection::levelOf).orElse(Level.WARNING);
        for (Suppressions.Directive d : suppressions.directives()) {
            UnknownRuleIds unknown = UnknownRuleIds.of(d.ruleIds(), ruleId -> ruleId.equals(Suppressions.ALL)
                    || registry.contains(ruleId));
            if (!unknown.isEmpty()) {
                sink.add(id, level, d.span(), unknown.message() + " in a miglint:ignore comment",
                        RuleHelp.of(id).with("these_ids", unknown.count() == 1 ? "this id" : "these ids").text());
            }
        }
    }

    private static InputProblem internalError(SourceFile source, LineIndex lines, Rule rule, Span span, Throwable e) {
        return new InputProblem(source.displayPath(), lines.line(span.start()) + ":" + lines.column(span.start())
                + ": internal error in rule " + rule.info().id() + " (" + e + "); please report it");
    }

    /** The view one rule has of one statement (or, with a null statement, of the whole migration). */
    private final class Context implements RuleContext {
        private final MigrationFile file;
        private final Rule rule;
        private final ParsedStatement statement;
        private final FindingSink sink;
        private final Set<String> once;
        private final DownStatements down;

        /** For a statement of a called routine's body: the calling statement, where its findings are reported. */
        private final ParsedStatement callSite;
        private final RoutineBodies.Routine routine;

        Context(MigrationFile file, Rule rule, ParsedStatement statement, FindingSink sink, Set<String> once,
                DownStatements down) {
            this(file, rule, statement, sink, once, down, null, null);
        }

        Context(MigrationFile file, Rule rule, ParsedStatement statement, FindingSink sink, Set<String> once,
                DownStatements down, ParsedStatement callSite, RoutineBodies.Routine routine) {
            this.callSite = callSite;
            this.routine = routine;
            this.down = down;
            this.file = file;
            this.rule = rule;
            this.statement = statement;
            this.sink = sink;
            this.once = once;
        }

        @Override
        public ParsedStatement statement() {
            return statement;
        }

        @Override
        public boolean firstInMigration(String key) {
            return once.add(rule.info().id() + "\u0000" + key);
        }

        @Override
        public MigrationFile migration() {
            return file;
        }

        @Override
        public List<ParsedStatement> statements() {
            return down.up();
        }

        @Override
        public List<ParsedStatement> downStatements() {
            return down.statements();
        }

        @Override
        public boolean downHasOnlyComments() {
            return down.commentsOnly();
        }

        @Override
        public LintSettings settings() {
            return settings;
        }

        @Override
        public SchemaView schema() {
            return tracker;
        }

        @Override
        public TransactionView transaction() {
            return tracker;
        }

        @Override
        public void report(Span span, String message, String help, Fix... fixes) {
            report(span, List.of(), message, help, fixes);
        }

        @Override
        public void report(Span span, List<RelatedSpan> related, String message, String help, Fix... fixes) {
            if (callSite != null) {
                // the body's text is the routine's, elsewhere: no edit of it applies at the call, nor places inside it
                sink.add(rule.info().id(), selection.levelOf(rule), callSite.span(), List.of(),
                        List.of(routine.definition()), message + "; it runs inside " + routine.label()
                                + ", which this statement calls", help);
                return;
            }
            sink.add(rule.info().id(), selection.levelOf(rule), span, related, message, help, fixes);
        }

        @Override
        public void reportGeneratedSqlOnly(String message, String help) {
            if (settings.generatedSqlAdvice()) {
                report(message, help);
            } else {
                sink.leaveOutGeneratedAdvice();
            }
        }
    }

}
