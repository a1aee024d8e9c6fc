package dlecon.grading.cli;

import dlecon.grading.engine.GradingRun;
import dlecon.grading.prairielearn.CourseFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code package-prairielearn --out DIR [--run FILE]}: the files to copy into a PrairieLearn course. */
@Command(name = "package-prairielearn", mixinStandardHelpOptions = true,
        description = "Write the PrairieLearn course files: serverFilesCourse/dlecon-grader/ (the entrypoint and "
                + "lib/ with this grader's runtime class path, without the mutant definitions; refused when the "
                + "reference solution is on it) and questions/dlecon/e1..e7 and all (info.json, question.html).")
final class PackagePrairieLearnCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
    Path out;

    @Option(names = "--run", paramLabel = "FILE",
            description = "The entrypoint script (default: ci/prairielearn/run of the project).")
    Path run;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageError("--out " + out + " is a file; give a folder (created if absent)");
        }
        Path script = run != null ? run : SubmissionResolver.projectRoot().resolve("ci/prairielearn/run");
        List<String> files;
        try {
            files = new CourseFiles(script, GradingRun.harnessClassPath().stream().map(Path::of).toList()).write(out);
        } catch (IllegalStateException e) {
            throw new UsageError(e.getMessage());
        }
        System.out.println("Wrote " + files.size() + " files into " + out.toAbsolutePath() + " (serverFilesCourse/"
                + CourseFiles.GRADER + "/, questions/dlecon/): copy both folders into your course repository");
        return 0;
    }
}
