package dev.miglint.lint;

import dev.miglint.settings.LintSettings;

/** How to lint: the settings, whether the user chose the dialect (it then beats the framework's), and the rules. */
public record LintOptions(LintSettings settings, boolean dialectChosen, RuleSelection selection) {
}
