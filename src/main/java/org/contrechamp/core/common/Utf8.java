package org.contrechamp.core.common;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether bytes are UTF-8 as our formats define it: well-formed (no overlong form such as
 * {@code C0 AF} for "/", no encoded surrogate, nothing past U+10FFFF), without a byte order mark and
 * without a NUL byte. JSON readers guess the encoding of bytes they are given (UTF-16 and UTF-32 are
 * recognised by their zero bytes) and some let overlong forms through; checking first leaves them
 * nothing to guess, and what our documents' recipes (sha256sum, jq, openssl) see is what we read.
 */
public final class Utf8 {

    private static final int CHUNK = 8192;

    private Utf8() {
    }

    /** -1 when {@code bytes} are such UTF-8; else the offset of the first byte that is not. */
    public static long firstBadByte(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return 0;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i; // UTF-16 and UTF-32 put zero bytes beside every ASCII character
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // Decoded a chunk at a time into one small buffer: only the verdict is wanted, not the text.
        CharBuffer out = CharBuffer.allocate(CHUNK);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear();
        }
        out.clear();
        CoderResult end = decoder.flush(out);
        return end.isError() ? bytes.length : -1;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
