package org.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes file bytes: strict UTF-8 first, windows-1252 when the bytes are not valid UTF-8. */
public final class Decoder {
    /** Message used in notes and problems when the fallback was taken. */
    public static final String FALLBACK_NOTE = "not UTF-8: read as windows-1252";

    /** @param fallback true when the bytes were not UTF-8 and windows-1252 was used */
    public record Decoded(String text, boolean fallback) {
    }

    private Decoder() {
    }

    public static Decoded decode(byte[] bytes) {
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

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
