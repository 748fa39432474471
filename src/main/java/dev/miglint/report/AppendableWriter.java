package dev.miglint.report;

import java.io.IOException;
import java.io.Writer;

/** A Writer over an Appendable that a JSON generator can flush into as it goes; closing it leaves the target open. */
final class AppendableWriter extends Writer {

    private final Appendable target;

    AppendableWriter(Appendable target) {
        this.target = target;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        target.append(java.nio.CharBuffer.wrap(chars, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        target.append(text, offset, offset + length);
    }

    @Override
    public void flush() throws IOException {
        if (target instanceof java.io.Flushable flushable) {
            flushable.flush();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
