package dev.miglint.lint;

/** A file that could not be linted (or only partly): one clear line, and exit code 2. */
public record InputProblem(String path, String message) implements Comparable<InputProblem> {

    public String line() {
        return path.isEmpty() ? "miglint: " + message : path + ": " + message;
    }

    @Override
    public int compareTo(InputProblem o) {
        int c = path.compareTo(o.path);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
