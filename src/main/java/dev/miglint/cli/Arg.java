package dev.miglint.cli;

import picocli.CommandLine.Model.ArgSpec;

/** An option's or parameter's value once the command line is parsed; declared through {@link Arguments}. */
final class Arg<T> {
    private final ArgSpec spec;

    Arg(ArgSpec spec) {
        this.spec = spec;
    }

    /** The value given, or the initial value the declaration set (null when it set none). */
    T value() {
        return spec.getValue();
    }
}
