package dlecon.grading.cli;

import dlecon.grading.engine.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Submission folders for the command-line tests, made from the project's reference and template. */
final class CliFixtures {

    static final Path ROOT = Path.of(System.getProperty("dlecon.project.root", "..")).toAbsolutePath().normalize();

    private CliFixtures() {
    }

    /** Copies {@code project-folder/src/main/java/dlecon/solution} to {@code target/src/main/java/...}. */
    static void copySolutions(String projectFolder, Path target) throws IOException {
        FileTrees.copy(ROOT.resolve(projectFolder).resolve("src/main/java/dlecon/solution"),
                target.resolve("src/main/java/dlecon/solution"));
    }

    /** A timing-free view of a report file: execution_time and time attributes blanked. */
    static String withoutTimings(Path file) throws IOException {
        return Files.readString(file)
                .replaceAll("\"execution_time\"\\s*:\\s*[0-9.]+", "\"execution_time\": _")
                .replaceAll("time=\"[0-9.]+\"", "time=\"_\"");
    }
}
