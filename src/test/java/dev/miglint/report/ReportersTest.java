package dev.miglint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ReportersTest {

    @Test
    void formatIds() {
        assertEquals(Format.SARIF, Format.fromId(" SARIF "));
        assertEquals("json", Format.JSON.id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Format.fromId("xml"));
        assertEquals("unknown format 'xml' (expected one of: text, json, sarif, github, markdown, gitlab)", e.getMessage());
    }

    /**
     * Runs the text reporter in a class loader that sees miglint's classes but not Jackson or java-sarif: it must
     * work, and must not even load the JSON or SARIF reporter.
     */
    @Test
    void textReportingLoadsNeitherJacksonNorTheOtherReporters() throws Exception {
        URL main = Reporters.class.getProtectionDomain().getCodeSource().getLocation();
        URL test = ReportersTest.class.getProtectionDomain().getCodeSource().getLocation();
        try (RecordingLoader loader = new RecordingLoader(new URL[] {main, test})) {
            @SuppressWarnings("unchecked")
            Supplier<String> run = (Supplier<String>) loader.loadClass(TextOnlyRun.class.getName())
                    .getDeclaredConstructor().newInstance();
            assertTrue(run.get().endsWith("(6 statements, 1 unparsed, 1 suppressed).\n"));
            assertTrue(loader.loaded.contains(TextReporter.class.getName()), loader.loaded.toString());
            for (Class<?> unwanted : List.of(JsonReporter.class, SarifReporter.class, JsonOutput.class,
                    SarifJson.class)) {
                assertTrue(!loader.loaded.contains(unwanted.getName()), unwanted + " was loaded");
            }
        }
    }

    /** Builds and writes the sample text report; loaded through {@link RecordingLoader}. */
    public static final class TextOnlyRun implements Supplier<String> {
        @Override
        public String get() {
            try {
                StringBuilder out = new StringBuilder();
                Reporters.create(Format.TEXT, ReportOptions.plain("0")).write(SampleResults.sample(), out);
                return out.toString();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static final class RecordingLoader extends URLClassLoader {
        final Set<String> loaded = ConcurrentHashMap.newKeySet();

        RecordingLoader(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            loaded.add(name);
            return super.findClass(name);
        }
    }
}
