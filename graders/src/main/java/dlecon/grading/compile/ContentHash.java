package dlecon.grading.compile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The SHA-256 of a jar's bytes, or of a folder's files (each relative path and its bytes), as hex: what the caches of
 * the harness key a build by. A hash is remembered for the file's path, size and time, so an unchanged jar is read
 * once per harness process and a changed one (new size or time) is read again; the time never stands in for the
 * content.
 */
public final class ContentHash {

    private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

    private ContentHash() {
    }

    /** The content hash of {@code entry}; a missing entry hashes its path alone. */
    public static String of(Path entry) {
        Path abs = entry.toAbsolutePath().normalize();
        try {
            String seen = abs + "|" + (Files.isRegularFile(abs) ? Files.size(abs) + "|"
                    + Files.getLastModifiedTime(abs).toMillis() : "dir");
            if (Files.isRegularFile(abs)) {
                String known = KNOWN.get(seen);
                if (known != null) {
                    return known;
                }
            }
            MessageDigest md = sha256();
            md.update(abs.toString().getBytes(StandardCharsets.UTF_8));
            if (Files.isDirectory(abs)) {
                try (Stream<Path> s = Files.walk(abs)) {
                    for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                        md.update((abs.relativize(f) + "\n").getBytes(StandardCharsets.UTF_8));
                        md.update(Files.readAllBytes(f));
                    }
                }
            } else if (Files.isRegularFile(abs)) {
                try (InputStream in = Files.newInputStream(abs)) {
                    byte[] buf = new byte[1 << 16];
                    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                        md.update(buf, 0, n);
                    }
                }
            }
            String hash = HexFormat.of().formatHex(md.digest());
            if (Files.isRegularFile(abs)) {
                KNOWN.put(seen, hash);
            }
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + abs + ": " + e.getMessage(), e);
        }
    }

    /** A fresh SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
