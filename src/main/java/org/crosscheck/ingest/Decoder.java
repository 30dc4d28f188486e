package org.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes file bytes: UTF-16 when a byte-order mark says so, else strict UTF-8 first and windows-1252 when the bytes
 * are not valid UTF-8. {@link #decodeText} also refuses what is no text at all (empty, blank, binary data).
 */
public final class Decoder {
    /** Message used in notes and problems when the fallback was taken. */
    public static final String FALLBACK_NOTE = "not UTF-8: read as windows-1252";

    /** How many bytes from the start {@link #looksBinary} looks at. */
    private static final int SNIFF = 64 * 1024;

    /** @param fallback true when the bytes were not UTF-8 and windows-1252 was used */
    public record Decoded(String text, boolean fallback) {
    }

    private Decoder() {
    }

    public static Decoded decode(byte[] bytes) {
        Charset utf16 = utf16ByMark(bytes);
        if (utf16 != null) {
            return new Decoded(stripBom(new String(bytes, utf16)), false);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(stripBom(s), false);
        } catch (CharacterCodingException e) {
            String s = Charset.forName("windows-1252").decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(s, true);
        }
    }

    /**
     * Decodes the bytes of a text format and refuses what holds no text: an empty file, one of white space only,
     * and binary data (an image or an office document renamed to .txt).
     *
     * @throws DocumentReader.SkipFileException with the reason, for the user
     */
    public static Decoded decodeText(byte[] bytes) throws DocumentReader.SkipFileException {
        if (looksBinary(bytes)) {
            throw new DocumentReader.SkipFileException(
                    "binary data, not text (NUL or control bytes in it): skipped");
        }
        Decoded decoded = decode(bytes);
        if (decoded.text().isBlank()) {
            throw new DocumentReader.SkipFileException(
                    bytes.length == 0 ? "empty file: skipped" : "only white space: skipped");
        }
        return decoded;
    }

    /**
     * True when the bytes are no text in any encoding this reader knows: outside UTF-16 (which a byte-order mark
     * announces), a NUL byte, or more than one in a hundred of the first 64 KiB being control bytes that text does
     * not use (tab, line feed, carriage return, form feed, vertical tab and escape are text's).
     */
    static boolean looksBinary(byte[] bytes) {
        if (utf16ByMark(bytes) != null) {
            return false;
        }
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0b && b != 0x1b) {
                control++;
            }
        }
        return control * 100 > n;
    }

    private static Charset utf16ByMark(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
