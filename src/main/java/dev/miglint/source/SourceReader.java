package dev.miglint.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a migration file as UTF-8 text, refusing what is not a text file with a one-line reason. */
public final class SourceReader {
    /**
     * Larger files are refused: no hand-written migration comes close, and a file this size still lints in the
     * 512 MB default heap of a 2 GiB container (32 MB did not: issue 11).
     */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private SourceReader() {
    }

    public static SourceFile read(Path path, String displayPath) throws InputException {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new InputException("is a directory, not a migration file");
            }
            if (!Files.isRegularFile(path)) {
                // a FIFO or <(...) would be consumed by a first read and can block forever waiting for a writer;
                // a device such as /dev/zero never ends
                throw new InputException("not a regular file (a pipe, socket or device); skipped. Pass such input on "
                        + "stdin: miglint lint --stdin-filename NAME.sql - < input");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new InputException("file is too large (" + size + " bytes; the limit is " + MAX_BYTES + "); skipped");
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = readBounded(in); // the file may grow after the size check
            }
        } catch (IOException e) {
            throw new InputException("cannot read file (" + describe(e) + ")");
        } catch (OutOfMemoryError e) {
            throw new InputException("file is too large to read; skipped");
        }
        return new SourceFile(path, displayPath, decode(bytes));
    }

    /** At most {@link #MAX_BYTES} from {@code in}; more is refused without reading it. */
    public static byte[] readBounded(InputStream in) throws IOException, InputException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InputException("input is too large (over " + MAX_BYTES + " bytes); skipped");
        }
        return bytes;
    }

    public static String decode(byte[] bytes) throws InputException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException("binary file (NUL byte at offset " + i + "), not SQL text; skipped");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InputException("invalid UTF-8 at byte offset " + in.position() + "; skipped (save the file as UTF-8)");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        if (kind.equals("NoSuchFileException")) {
            return "no such file";
        }
        if (kind.equals("AccessDeniedException")) {
            return "permission denied";
        }
        return e.getMessage() == null ? kind : e.getMessage();
    }

}
