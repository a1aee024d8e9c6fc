package dlecon.grading.hosted;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * One entry of the grader's class path as a jar for a hosted grader's {@code lib/} (Gradescope's autograder.zip,
 * PrairieLearn's course files): a jar as it is, a class folder
 * packed as a jar, in both cases without the resources below {@code dlecon/grading/mutants/} (the known
 * implementations' definitions, their indexes and the equivalent-mutant list, which hold fragments of the reference
 * solution). Refused when the entry is a reference jar or
 * holds anything under {@code dlecon/solution/}: the reference must never reach a hosted grader.
 *
 * @param source the class path entry
 * @param name   the jar's file name in {@code lib/}
 * @param bytes  the jar's content
 */
public record LibraryJar(Path source, String name, byte[] bytes) {

    /** Entry names below this folder are the reference solution (or a submission): never packed. */
    static final String SOLUTION = "dlecon/solution/";
    /** Folder of the mutant definitions. */
    static final String MUTANTS = "dlecon/grading/mutants/";
    /** Entry time of packed class folders: any fixed value makes the jar the same for the same classes. */
    private static final long FIXED_TIME = 315_619_200_000L; // 1980-01-02, the zip format's epoch plus a day

    /**
     * Reads class path entry {@code source} as the {@code index}-th jar of {@code lib/}.
     *
     * @throws IllegalStateException when the entry is missing, neither a jar nor a folder, or holds the reference
     */
    public static LibraryJar of(int index, Path source) throws IOException {
        String file = source.getFileName().toString();
        if (file.startsWith("dlecon-reference")) {
            throw refused(source, "a reference jar");
        }
        if (Files.isDirectory(source)) {
            return new LibraryJar(source, String.format("%02d-%s.jar", index, folderName(source)), packFolder(source));
        }
        if (Files.isRegularFile(source) && (file.endsWith(".jar") || file.endsWith(".zip"))) {
            return new LibraryJar(source, String.format("%02d-%s", index, file.replaceAll("\\.zip$", ".jar")),
                    filterJar(source));
        }
        throw new IllegalStateException("class path entry " + source + " is neither a jar nor a folder");
    }

    /** True for everything below the mutants folder but its classes: the definitions, which are left out. */
    public static boolean isMutantDefinition(String entry) {
        return entry.startsWith(MUTANTS) && !entry.equals(MUTANTS) && !entry.endsWith(".class");
    }

    private static IllegalStateException refused(Path source, String what) {
        return new IllegalStateException("refusing to pack " + source + ": it is " + what + "; the reference "
                + "solution must never be in the autograder (build the class path with runtime scope only)");
    }

    /** {@code graders/target/classes} is named after its module, other folders after themselves. */
    private static String folderName(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        boolean mavenClasses = abs.getFileName().toString().equals("classes") && abs.getParent() != null
                && abs.getParent().getFileName().toString().equals("target") && abs.getParent().getParent() != null;
        return (mavenClasses ? abs.getParent().getParent() : abs).getFileName().toString();
    }

    /** The folder as a jar: folder entries too (JUnit finds the grader packages in a jar by them), in path order. */
    private static byte[] packFolder(Path dir) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.filter(p -> !p.equals(dir)).sorted().toList();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path p : paths) {
                boolean folder = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
                String name = dir.relativize(p).toString().replace('\\', '/') + (folder ? "/" : "");
                if (name.startsWith(SOLUTION) && !folder) {
                    throw refused(dir, "a folder with " + name);
                }
                if (!folder && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || isMutantDefinition(name)) {
                    continue; // symbolic links and special files are not packed
                }
                ZipEntry e = new ZipEntry(name);
                e.setTime(FIXED_TIME);
                zip.putNextEntry(e);
                if (!folder) {
                    Files.copy(p, zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The jar's bytes, rewritten without mutant definitions when it has any. */
    private static byte[] filterJar(Path jar) throws IOException {
        List<ZipEntry> kept = new ArrayList<>();
        boolean dropped = false;
        try (ZipFile zf = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> en = zf.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                if (e.getName().startsWith(SOLUTION)) {
                    throw refused(jar, "a jar with " + e.getName());
                }
                if (isMutantDefinition(e.getName())) {
                    dropped = true;
                } else {
                    kept.add(e);
                }
            }
            if (!dropped) {
                return Files.readAllBytes(jar);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry e : kept) {
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTime(e.getTime());
                    zip.putNextEntry(copy);
                    try (InputStream in = zf.getInputStream(e)) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        }
    }
}
