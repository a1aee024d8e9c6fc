package dlecon.grading.cli;

import dlecon.grading.engine.GradingOptions;
import dlecon.grading.mutants.MutantOutcome;
import dlecon.grading.mutants.MutantRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code grade --mutants}: grades every known-wrong implementation against the project's reference. */
final class MutantsReport {

    private MutantsReport() {
    }

    static int run(GradingOptions options, Path out) throws IOException {
        Path solutions = SubmissionResolver.projectRoot().resolve("reference/src/main/java/dlecon/solution");
        if (!Files.isDirectory(solutions)) {
            throw new UsageError("--mutants needs the reference sources at " + solutions);
        }
        List<MutantOutcome> outcomes = new MutantRun(options).gradeAll(solutions);
        String table = MutantRun.table(outcomes);
        System.out.print(table);
        long caught = outcomes.stream().filter(MutantOutcome::caught).count();
        System.out.println(caught + " of " + outcomes.size() + " known-wrong implementations lose points and are "
                + "caught by the tests named in their definitions.");
        if (out != null) {
            Files.createDirectories(out);
            Files.writeString(out.resolve("mutants.md"), table, StandardCharsets.UTF_8);
        }
        return 0;
    }
}
