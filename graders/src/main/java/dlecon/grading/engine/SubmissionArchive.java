package dlecon.grading.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Submissions handed in as a zip: a {@code .zip} file, or a folder holding one zip and no sources. The zip is
 * extracted into a fresh temporary folder, refusing what could harm the grading machine, each with a message that
 * names the limit: entries that leave the folder ({@code ../}, absolute names), more than {@link #MAX_ENTRIES}
 * entries, more than {@link #MAX_BYTES} unpacked, or an entry that unpacks to more than {@link #MAX_RATIO} times its
 * compressed size (a zip bomb). Sizes are counted while unpacking, not taken from the zip's own (forgeable) headers.
 */
public final class SubmissionArchive {

    /** Entries of a zip: a student repository holds a few hundred files. */
    public static final int MAX_ENTRIES = 10_000;
    /** Bytes unpacked in total: a student repository with its build output stays under 50 MB. */
    public static final long MAX_BYTES = 200L << 20;
    /** Unpacked per compressed size of one entry: source text compresses 3 to 10 times, zip bombs 1000 times. */
    public static final int MAX_RATIO = 200;

    private SubmissionArchive() {
    }

    /**
     * A submission read from a folder or an extracted zip; closing it deletes the extracted copy.
     *
     * @param folder    the folder it was read from (the extracted copy for a zip)
     * @param extracted the extracted copy, or null
     * @param from      the zip's file name, or null
     */
    public record Opened(Submission submission, Path folder, Path extracted, String from) implements AutoCloseable {
        @Override
        public void close() {
            if (extracted != null) {
                FileTrees.delete(extracted);
            }
        }
    }

    /** True for a regular file whose name ends in {@code .zip} (any case). */
    public static boolean isZip(Path p) {
        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** The student id of a zip: its file name without {@code .zip}. */
    public static String idOf(Path zip) {
        String n = zip.getFileName().toString();
        return n.substring(0, n.length() - ".zip".length());
    }

    /**
     * Opens {@code path}: a zip is extracted; a folder is read as it is, unless it holds no exercise sources and
     * exactly one zip at its top, which is then extracted.
     *
     * @throws IOException with the reason when the zip is refused or unreadable
     */
    public static Opened open(String id, Path path) throws IOException {
        if (isZip(path)) {
            return extracted(id, path);
        }
        Submission s = Submission.read(id, path);
        if (s.sources().isEmpty()) {
            List<Path> zips;
            try (Stream<Path> children = Files.list(path)) {
                zips = children.filter(SubmissionArchive::isZip).sorted().toList();
            }
            if (zips.size() == 1) {
                return extracted(id, zips.get(0));
            }
        }
        return new Opened(s, path, null, null);
    }

    private static Opened extracted(String id, Path zip) throws IOException {
        Path into = Files.createTempDirectory("dlecon-zip-");
        try {
            extract(zip, into);
            String from = zip.getFileName().toString();
            return new Opened(Submission.read(id, into).withNote("Extracted " + from + " (a zip submission)."), into,
                    into, from);
        } catch (IOException | RuntimeException e) {
            FileTrees.delete(into);
            throw e;
        }
    }

    /** Extracts {@code zip} into the empty folder {@code into}, with the checks of the class comment. */
    public static void extract(Path zip, Path into) throws IOException {
        String name = zip.getFileName().toString();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            if (z.size() > MAX_ENTRIES) {
                throw new IOException(name + ": " + z.size() + " entries (limit " + MAX_ENTRIES + ")");
            }
            long total = 0;
            Path root = into.toAbsolutePath().normalize();
            for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                String entry = e.getName().replace('\\', '/');
                Path target = root.resolve(entry).normalize();
                if (entry.startsWith("/") || !target.startsWith(root) || target.equals(root) && !e.isDirectory()) {
                    throw new IOException(name + ": entry " + entry + " would be written outside the submission");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                total += copy(z, e, target, name, MAX_BYTES - total);
            }
        } catch (ZipException e) {
            throw new IOException(name + " is not a readable zip: " + e.getMessage(), e);
        }
    }

    /** Copies one entry, stopping at the total and ratio limits; returns the bytes written. */
    private static long copy(ZipFile z, ZipEntry e, Path target, String zip, long room) throws IOException {
        long compressed = Math.max(e.getCompressedSize(), 1);
        long written = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = z.getInputStream(e); OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                written += n;
                if (written > room) {
                    throw new IOException(zip + ": more than " + (MAX_BYTES >> 20) + " MB unpacked (limit)");
                }
                if (written > Math.max(compressed * MAX_RATIO, 1 << 16)) {
                    throw new IOException(zip + ": entry " + e.getName() + " unpacks to more than " + MAX_RATIO
                            + " times its compressed size (a zip bomb?)");
                }
                out.write(buf, 0, n);
            }
        }
        return written;
    }
}
