package dlecon.grading.hosted;

import dlecon.api.Exercise;
import dlecon.grading.engine.Submission;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Java files uploaded without their folders (e.g. {@code MlpSolution.java} at the top of the submission) arranged
 * into a source tree by their {@code package dlecon.solution.eN;} line: {@code target/dlecon/solution/eN/Name.java}.
 * Files are found at any depth; symbolic links, files over {@link Submission#MAX_SOURCE_BYTES} and files of other
 * packages are skipped, and of two files with the same name in the same package the first in path order is kept.
 */
public final class FlatUpload {

    /** A package declaration at the start of a line. */
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private FlatUpload() {
    }

    /**
     * Copies the exercise sources found below {@code upload} into {@code target}.
     *
     * @return the copied files, relative to {@code upload}, in path order (empty when there were none)
     */
    public static List<String> arrange(Path upload, Path target) throws IOException {
        List<String> copied = new ArrayList<>();
        try (Stream<Path> files = Files.walk(upload)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".java")).sorted().toList()) {
                String pkg = exercisePackage(f);
                if (pkg == null) {
                    continue;
                }
                Path to = target.resolve(pkg.replace('.', '/')).resolve(f.getFileName().toString());
                if (!Files.exists(to)) {
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to);
                    copied.add(upload.relativize(f).toString());
                }
            }
        }
        return copied;
    }

    /** The exercise package {@code file} declares, or null (not a regular file, too large, another package). */
    static String exercisePackage(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > Submission.MAX_SOURCE_BYTES) {
            return null;
        }
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Matcher m = PACKAGE.matcher(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (!m.find()) {
            return null;
        }
        for (Exercise e : Exercise.values()) {
            if (e.solutionPackage().equals(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
    }
}
