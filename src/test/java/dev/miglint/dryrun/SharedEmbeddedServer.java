package dev.miglint.dryrun;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded server for every dry run of a test class ({@code @ExtendWith(SharedEmbeddedServer.class)}): starting
 * one per dry run would cost seconds each. Each history still gets a fresh database of its own.
 */
final class SharedEmbeddedServer implements BeforeAllCallback, AfterAllCallback {
    private EmbeddedServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = EmbeddedServer.start();
        PgDryRun.sharedServer = server;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        PgDryRun.sharedServer = null;
        server.close();
    }
}
