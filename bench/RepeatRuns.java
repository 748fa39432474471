import dev.miglint.cli.Main;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs one miglint command line N times in one JVM and prints each run's wall time: the first run pays the JVM's
 * warm-up (interpreter, JIT), the later ones show the steady state. Reports go nowhere.
 *
 * <p>{@code java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp target/miglint.jar bench/RepeatRuns.java 6 lint --quiet
 * --fail-on never --dialect postgres ../shared/corpus/postgres}
 */
public class RepeatRuns {
    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        String[] command = Arrays.copyOfRange(args, 1, args.length);
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        Main.Environment env = new Main.Environment(System.in, nowhere, nowhere, System.getenv(),
                Path.of("").toAbsolutePath(), false);
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            int code = Main.run(env, command);
            System.out.printf("run %d: %.0f ms (exit %d)%n", i + 1, (System.nanoTime() - start) / 1e6, code);
        }
    }
}
