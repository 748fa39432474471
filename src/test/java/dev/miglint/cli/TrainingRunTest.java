package dev.miglint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingRunTest {
    @Test
    void commandLinesAreSplitAtNext() {
        assertEquals(List.of(List.of("lint", "--format", "json", "a"), List.of("lint", "b.sql"), List.of("--version")),
                TrainingRun.commands(new String[] {"lint", "--format", "json", "a", "--next", "lint", "b.sql", "--next",
                    "--next", "--version", "--next"}));
    }
}
