package dlecon.grading.hosted;

import dlecon.grading.engine.FileTrees;
import dlecon.grading.engine.Submission;
import dlecon.grading.engine.SubmissionArchive;
import dlecon.grading.report.Feedback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A submission as a hosted grader (Gradescope, PrairieLearn) hands it over, in a folder: read as
 * {@link SubmissionArchive#open} reads one (a repository or template layout, a package tree, one wrapping folder, or a
 * single zip), else its Java files arranged by their package line ({@link FlatUpload}) in a temporary folder. The
 * submission's notes say which way it was read. Closing deletes what was extracted or arranged.
 */
public final class Upload implements AutoCloseable {

    /** Shown when no exercise sources were found. */
    public static final String EXPECTED = "No exercise sources found in your submission, so nothing could be graded. "
            + "Expected Java files of the packages dlecon.solution.e1 to dlecon.solution.e7, submitted as your "
            + "repository (solution/src/main/java/dlecon/solution/eN/*.java), a zip of it, or the .java files "
            + "themselves (each file's 'package dlecon.solution.eN;' line says which exercise it belongs to).";

    private static final int LISTED = 20;

    private final SubmissionArchive.Opened opened;
    private final Path arranged;
    private final Submission submission;
    private final String listing;

    private Upload(SubmissionArchive.Opened opened, Path arranged, Submission submission, String listing) {
        this.opened = opened;
        this.arranged = arranged;
        this.submission = submission;
        this.listing = listing;
    }

    /**
     * Reads {@code folder}, the upload of submission {@code id}.
     *
     * @throws IOException when a zip in it is refused (the reason in the message) or the folder cannot be read
     */
    public static Upload open(String id, Path folder) throws IOException {
        String listing = listing(folder);
        SubmissionArchive.Opened opened = SubmissionArchive.open(id, folder);
        Submission s = opened.submission();
        if (!s.sources().isEmpty()) {
            String rel = opened.folder().relativize(s.root()).toString();
            return new Upload(opened, null, s.withNote("Sources read from " + (rel.isEmpty()
                    ? "the top folder of the submission" : rel) + "."), listing);
        }
        Path arranged = Files.createTempDirectory("dlecon-upload-");
        try {
            List<String> files = FlatUpload.arrange(opened.folder(), arranged);
            Submission flat = files.isEmpty() ? null : Submission.read(id, arranged).withNote("Arranged "
                    + files.size() + " uploaded Java file(s) by their package line: " + shortList(files) + ".");
            return new Upload(opened, arranged, flat, listing);
        } catch (IOException | RuntimeException e) {
            FileTrees.delete(arranged);
            opened.close();
            throw e;
        }
    }

    /** The exercise sources, or empty when the upload holds none (tell the student {@link #EXPECTED}). */
    public Optional<Submission> submission() {
        return Optional.ofNullable(submission);
    }

    /** The uploaded files (up to {@value #LISTED}), relative, on one line; or "none". */
    public String listing() {
        return listing;
    }

    @Override
    public void close() {
        if (arranged != null) {
            FileTrees.delete(arranged);
        }
        opened.close();
    }

    private static String listing(Path upload) throws IOException {
        try (Stream<Path> files = Files.walk(upload)) {
            List<String> names = files.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> upload.relativize(p).toString()).sorted().toList();
            return names.isEmpty() ? "none" : Feedback.oneLine(shortList(names));
        }
    }

    private static String shortList(List<String> items) {
        String shown = String.join(", ", items.subList(0, Math.min(LISTED, items.size())));
        return items.size() > LISTED ? shown + " and " + (items.size() - LISTED) + " more" : shown;
    }
}
