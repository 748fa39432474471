package dev.miglint.dryrun;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;

/** The checksums migration frameworks keep of an applied file, computed the way each framework does. */
final class Checksums {
    private Checksums() {
    }

    /** Prisma's {@code checksum} and Drizzle's {@code hash}: SHA-256 of the file, hex. */
    static String sha256(String text) {
        return digest("SHA-256", text);
    }

    /** Sqitch's {@code script_hash}: SHA-1 of the deploy script, hex. */
    static String sha1(String text) {
        return digest("SHA-1", text);
    }

    /** MD5 of the text, hex: the hash under Liquibase's checksums ({@link LiquibaseChecksum}). */
    static String md5(String text) {
        return digest("MD5", text);
    }

    /** Flyway's {@code checksum}: CRC32 over the file's lines without their line breaks (a leading BOM dropped). */
    static int flywayCrc32(String text) {
        CRC32 crc = new CRC32();
        try (BufferedReader lines = new BufferedReader(new StringReader(text.replaceFirst("^\uFEFF", "")))) {
            String line;
            while ((line = lines.readLine()) != null) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    private static String digest(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm, e);
        }
    }
}
