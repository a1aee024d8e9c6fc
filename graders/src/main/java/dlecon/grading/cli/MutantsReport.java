package dlecon.grading.cli;

import dlecon.grading.engine.GradingOptions;
import dlecon.grading.model.ExerciseResult;
import dlecon.grading.mutants.MutantCatalog;
import dlecon.grading.mutants.MutantOutcome;
import dlecon.grading.mutants.Variant;
import dlecon.grading.report.Points;
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
        MutantRun run = new MutantRun(options);
        List<MutantOutcome> outcomes = run.gradeAll(solutions);
        String table = MutantRun.table(outcomes);
        System.out.print(table);
        long caught = outcomes.stream().filter(MutantOutcome::caught).count();
        System.out.println(caught + " of " + outcomes.size() + " known-wrong implementations lose points (at least "
                + "half of their task's) and are caught by the tests named in their definitions.");
        StringBuilder variants = new StringBuilder("| correct variant | exercise | points | what it does differently |\n"
                + "|---|---|---|---|\n");
        int full = 0;
        List<Variant> all = MutantCatalog.variants();
        for (Variant v : all) {
            ExerciseResult r = run.grade(v, solutions);
            full += r.points() == r.maxPoints() ? 1 : 0;
            variants.append("| ").append(v.id()).append(" | ").append(v.exercise()).append(" | ")
                    .append(Points.format(r.points())).append(" of ").append(Points.format(r.maxPoints())).append(" | ")
                    .append(v.description().replace("|", "\\|")).append(" |\n");
        }
        System.out.print(variants);
        System.out.println(full + " of " + all.size() + " correct variants keep full marks.");
        table = table + "\n" + variants;
        if (out != null) {
            Files.createDirectories(out);
            Files.writeString(out.resolve("mutants.md"), table, StandardCharsets.UTF_8);
        }
        return 0;
    }
}
