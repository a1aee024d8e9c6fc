package dlecon.grading.mutants;

import dlecon.grading.engine.FileTrees;
import dlecon.grading.engine.GradingOptions;
import dlecon.grading.engine.GradingRun;
import dlecon.grading.engine.Submission;
import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.TestResult;
import dlecon.grading.model.TestStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Grades each mutant: a copy of the reference's solution sources with the mutant's edit, graded on its exercise
 * only (all tests, hidden included; the other exercises stay correct), and reports points lost and the tests that
 * caught it.
 */
public final class MutantRun {

    private final GradingOptions options;

    /** @param options grading options; the exercise list is replaced by each mutant's exercise */
    public MutantRun(GradingOptions options) {
        this.options = options;
    }

    /** Grades {@code mutant} against the reference solution folder {@code solutions} ({@code .../dlecon/solution}). */
    public MutantOutcome grade(Mutant mutant, Path solutions) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("dlecon-mutant-");
            Path copy = tmp.resolve("src/main/java/dlecon/solution");
            FileTrees.copy(solutions, copy); // all exercises: suites may use other exercises' entries (E6 uses E3, E4)
            mutant.applyTo(copy);
            GradingOptions one = new GradingOptions(List.of(mutant.exercise()), true, options.salt(),
                    options.sandbox(), options.limits(), 1);
            ExerciseResult r = new GradingRun(one).grade(Submission.read(mutant.id(), tmp)).exercises().get(0);
            List<String> failed = r.tests().stream().filter(t -> t.status() != TestStatus.PASSED)
                    .map(TestResult::title).toList();
            List<String> missing = mutant.caughtBy().stream().filter(n -> !failed.contains(n)).toList();
            return new MutantOutcome(mutant, r.maxPoints() - r.points(), failed, missing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                FileTrees.delete(tmp);
            }
        }
    }

    /** Grades every mutant of the catalog. */
    public List<MutantOutcome> gradeAll(Path solutions) {
        List<MutantOutcome> out = new ArrayList<>();
        for (Mutant m : MutantCatalog.all()) {
            out.add(grade(m, solutions));
        }
        return out;
    }

    /** A Markdown table: bug, exercise, points lost, tests that caught it. */
    public static String table(List<MutantOutcome> outcomes) {
        StringBuilder sb = new StringBuilder("| mutant | exercise | bug | points lost | caught by |\n|---|---|---|---|---|\n");
        for (MutantOutcome o : outcomes) {
            sb.append("| ").append(o.mutant().id()).append(" | ").append(o.mutant().exercise()).append(" | ")
                    .append(o.mutant().bug().replace("|", "\\|")).append(" | ")
                    .append(dlecon.grading.report.Points.format(o.pointsLost())).append(" | ")
                    .append(o.caughtBy().isEmpty() ? "**nothing**" : String.join("; ", o.caughtBy()).replace("|", "\\|"))
                    .append(o.missing().isEmpty() ? "" : " (expected but passed: " + String.join("; ", o.missing()) + ")")
                    .append(" |\n");
        }
        return sb.toString();
    }
}
