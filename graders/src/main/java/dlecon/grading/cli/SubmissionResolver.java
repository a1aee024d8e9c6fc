package dlecon.grading.cli;

import dlecon.grading.engine.SubmissionArchive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns the SUBMISSION argument into sources: a folder laid out like the student template, a zip of one (or a folder
 * holding only such a zip; see {@link SubmissionArchive}), or the words {@code reference} and
 * {@code student-template}, which name those folders of the project (found through the system property
 * {@code dlecon.project.root}, set by the launchers, else the working directory).
 */
final class SubmissionResolver {

    private SubmissionResolver() {
    }

    static Path projectRoot() {
        return Path.of(System.getProperty("dlecon.project.root", ".")).toAbsolutePath().normalize();
    }

    /** The submission named by {@code argument}; close it to delete an extracted zip. */
    static SubmissionArchive.Opened resolve(String argument) {
        Path folder = switch (argument) {
            case "reference" -> projectRoot().resolve("reference");
            case "student-template" -> projectRoot().resolve("student-template");
            default -> Path.of(argument);
        };
        if (Files.isRegularFile(folder) && !SubmissionArchive.isZip(folder)) {
            throw new UsageError("submission " + argument + " is a file, not a folder or a .zip (give the folder "
                    + "that holds src/main/java, or a zip of it)");
        }
        if (!Files.exists(folder)) {
            throw new UsageError("submission " + argument + ": no such folder or zip (" + folder.toAbsolutePath()
                    + ")");
        }
        Path abs = folder.toAbsolutePath().normalize();
        boolean builtIn = argument.equals("reference") || argument.equals("student-template");
        String id = builtIn ? argument
                : SubmissionArchive.isZip(abs) ? SubmissionArchive.idOf(abs) : abs.getFileName().toString();
        try {
            SubmissionArchive.Opened opened = SubmissionArchive.open(id, folder);
            return builtIn // the project's folders hold other code by design: their ignored files are not listed
                    ? new SubmissionArchive.Opened(opened.submission().withoutIgnored(), opened.folder(),
                    opened.extracted(), opened.from())
                    : opened;
        } catch (IOException e) {
            throw new UsageError("submission " + argument + " refused: " + e.getMessage());
        }
    }
}
