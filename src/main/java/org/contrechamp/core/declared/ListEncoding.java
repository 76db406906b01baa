package org.contrechamp.core.declared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;

/**
 * Turns the bytes of a published list into text. Lists come from city offices as UTF-8 (often with a
 * byte-order mark, as spreadsheets write it), UTF-16 with its mark, or Windows-1252 (older office
 * software). Valid UTF-8 is taken as UTF-8, since Windows-1252 text with accents is almost never valid
 * UTF-8; anything else that Windows-1252 can read is read so. A file with NUL bytes or bytes that
 * Windows-1252 leaves undefined is not a text list in a known encoding: it is refused, not guessed.
 */
public final class ListEncoding {

    /** The text and the name of the encoding it was read in, for the report. */
    public record Decoded(String text, String encoding) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ListEncoding() {
    }

    public static Decoded decode(String fileName, byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(fileName, bytes, 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(fileName, bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(fileName, bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        for (byte b : bytes) {
            if (b == 0) {
                // UTF-16 without its mark, or not text at all (a spreadsheet file, an archive)
                throw unknown(fileName);
            }
        }
        try {
            return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            for (byte b : bytes) {
                int u = b & 0xFF;
                if (u == 0x81 || u == 0x8D || u == 0x8F || u == 0x90 || u == 0x9D) {
                    throw unknown(fileName);
                }
            }
            return new Decoded(new String(bytes, WINDOWS_1252), "Windows-1252");
        }
    }

    private static String strict(String fileName, byte[] bytes, int skip, Charset charset) {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw unknown(fileName);
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static InvalidInputException unknown(String fileName) {
        return new InvalidInputException(Problem.of(fileName, "declared-unknown-encoding"));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
