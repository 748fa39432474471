package dev.miglint.architecture;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** The head of a class file (magic, version, constant pool): all {@link PackageGraph} reads. */
final class ClassBytes {
    private ClassBytes() {
    }

    /** A class {@code self} whose pool names {@code other} as a class name or descriptor. */
    static byte[] naming(String self, String other) throws IOException {
        return pool(self, other, false);
    }

    /** A class {@code self} whose pool holds {@code text} only as a string literal. */
    static byte[] withLiteral(String self, String text) throws IOException {
        return pool(self, text, true);
    }

    private static byte[] pool(String self, String other, boolean literal) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0xCAFEBABE);
        out.writeShort(0);
        out.writeShort(61);
        out.writeShort(5); // entries 1..4
        out.writeByte(1);
        out.writeUTF(self);
        out.writeByte(7);
        out.writeShort(1);
        out.writeByte(1);
        out.writeUTF(other);
        out.writeByte(literal ? 8 : 7);
        out.writeShort(3);
        return bytes.toByteArray();
    }
}
