package dlecon.grading.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Sources must be UTF-8 (what the student template's build and javac here read): a file in another encoding (e.g.
 * Windows-1252 with an umlaut in a comment) is named with the first byte that is not UTF-8, instead of javac's
 * errors about unmappable characters and a grade of code it read wrongly.
 */
final class SourceEncoding {

    private SourceEncoding() {
    }

    /** The first problem of {@code sources} (relative to {@code root}), or null when all are UTF-8. */
    static String problem(Path root, List<Path> sources) {
        for (Path f : sources) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            try {
                utf8.decode(in);
            } catch (CharacterCodingException e) {
                int at = firstBad(bytes);
                return root.relativize(f) + " is not UTF-8 (byte 0x" + String.format("%02X", bytes[at] & 0xff)
                        + " at line " + line(bytes, at) + "); save it as UTF-8";
            }
        }
        return null;
    }

    /** Index of the first byte that starts no valid UTF-8 sequence. */
    private static int firstBad(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
            if (n == 0 || i + n > b.length) {
                return i;
            }
            for (int k = 1; k < n; k++) {
                if ((b[i + k] & 0xc0) != 0x80) {
                    return i;
                }
            }
            i += n;
        }
        return Math.max(0, b.length - 1);
    }

    private static int line(byte[] b, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
