package dev.miglint.dryrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code miglint lint} must not load the embedded server, a JDBC driver, or the dry run itself: it runs in a class
 * loader that loads miglint's own classes (child first) and records every class they ask for.
 */
class LazyLoadingTest {

    @Test
    void lintLoadsNoDatabaseClasses(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("001.sql"), "CREATE INDEX i ON t (c);\nALTER TABLE t ADD COLUMN x int;\n");
        URL main = DryRun.class.getProtectionDomain().getCodeSource().getLocation();
        URL test = LazyLoadingTest.class.getProtectionDomain().getCodeSource().getLocation();
        try (RecordingLoader loader = new RecordingLoader(new URL[] {main, test}, LazyLoadingTest.class.getClassLoader())) {
            IntSupplier run = (IntSupplier) loader.loadClass(LintRun.class.getName())
                    .getConstructor(Path.class).newInstance(dir);
            assertEquals(0, run.getAsInt());
            assertTrue(loader.requested.contains("dev.miglint.cli.LintCommand"), "the loader was not used");
            for (String name : loader.requested) {
                assertTrue(!name.startsWith("io.zonky.") && !name.startsWith("org.postgresql.")
                        && !name.startsWith("org.sqlite.") && !name.startsWith("java.sql.")
                        && !name.equals(DryRun.class.getName()) && !name.equals(EmbeddedServer.class.getName())
                        && !name.equals(PgDryRun.class.getName()), name + " was loaded by miglint lint");
            }
        }
    }

    /** Runs {@code miglint lint --fail-on never DIR}; loaded through {@link RecordingLoader}. */
    public static final class LintRun implements IntSupplier {
        private final Path dir;

        public LintRun(Path dir) {
            this.dir = dir;
        }

        @Override
        public int getAsInt() {
            PrintStream out = new PrintStream(new ByteArrayOutputStream());
            return dev.miglint.cli.Main.run(new dev.miglint.cli.Main.Environment(new ByteArrayInputStream(new byte[0]),
                    out, out, Map.of(), dir, false), "lint", "--fail-on", "never", ".");
        }
    }

    private static final class RecordingLoader extends URLClassLoader {
        final Set<String> requested = ConcurrentHashMap.newKeySet();

        RecordingLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                requested.add(name);
                if (!name.startsWith("dev.miglint.")) {
                    return super.loadClass(name, resolve);
                }
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException e) {
                        c = super.loadClass(name, false);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
