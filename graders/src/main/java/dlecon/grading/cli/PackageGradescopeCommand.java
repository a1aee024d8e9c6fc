package dlecon.grading.cli;

import dlecon.grading.gradescope.AutograderZip;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code package-gradescope --out autograder.zip [--scripts DIR]}: the zip to upload as a Gradescope autograder. */
@Command(name = "package-gradescope", mixinStandardHelpOptions = true,
        description = "Write Gradescope's autograder.zip: setup.sh and run_autograder from the scripts folder, and "
                + "lib/ with this grader's runtime class path (without the mutant definitions; refused when the "
                + "reference solution is on it).")
final class PackageGradescopeCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The zip to write.")
    Path out;

    @Option(names = "--scripts", paramLabel = "DIR",
            description = "Folder with setup.sh and run_autograder (default: ci/gradescope of the project).")
    Path scripts;

    @Override
    public Integer call() throws Exception {
        Path dir = scripts != null ? scripts : SubmissionResolver.projectRoot().resolve("ci/gradescope");
        List<String> entries;
        try {
            entries = new AutograderZip(dir, AutograderZip.harnessClassPath()).write(out);
        } catch (IllegalStateException e) {
            throw new UsageError(e.getMessage());
        }
        long jars = entries.stream().filter(e -> e.endsWith(".jar")).count();
        System.out.printf(Locale.ROOT, "Wrote %s (%.1f MB): %s, %d jar(s) in lib/%n", out.toAbsolutePath(),
                Files.size(out) / 1e6, String.join(", ", AutograderZip.SCRIPTS), jars);
        return 0;
    }
}
