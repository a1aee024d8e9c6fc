package dlecon.grading.cli;

import dlecon.grading.engine.Submission;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns the SUBMISSION argument into sources: a folder laid out like the student template, or the words
 * {@code reference} and {@code student-template}, which name those folders of the project (found through the
 * system property {@code dlecon.project.root}, set by the launchers, else the working directory).
 */
final class SubmissionResolver {

    private SubmissionResolver() {
    }

    static Path projectRoot() {
        return Path.of(System.getProperty("dlecon.project.root", ".")).toAbsolutePath().normalize();
    }

    static Submission resolve(String argument) {
        Path folder = switch (argument) {
            case "reference" -> projectRoot().resolve("reference");
            case "student-template" -> projectRoot().resolve("student-template");
            default -> Path.of(argument);
        };
        if (!Files.isDirectory(folder)) {
            throw new UsageError("submission " + argument + ": no such folder (" + folder.toAbsolutePath() + ")");
        }
        String id = switch (argument) {
            case "reference", "student-template" -> argument;
            default -> folder.toAbsolutePath().normalize().getFileName().toString();
        };
        return Submission.read(id, folder);
    }
}
