package dlecon.grading.mutants;

import dlecon.grading.engine.FileTrees;
import dlecon.grading.engine.GradingOptions;
import dlecon.grading.engine.GradingRun;
import dlecon.grading.engine.PlannedTest;
import dlecon.grading.engine.TestPlanner;
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
        ExerciseResult r = gradeEdited(mutant.id(), mutant.exercise(), mutant.edits(), solutions);
            List<String> failed = r.tests().stream().filter(t -> t.status() != TestStatus.PASSED)
                    .map(TestResult::title).toList();
            List<String> missing = mutant.caughtBy().stream().filter(n -> !failed.contains(n)).toList();
            java.util.Set<String> ofTask = new TestPlanner().plan(mutant.exercise(), true).stream()
                    .filter(t -> !mutant.task().isEmpty() && t.task().equals(mutant.task())).map(PlannedTest::id)
                    .collect(java.util.stream.Collectors.toSet());
            double taskPoints = r.tests().stream().filter(t -> ofTask.contains(t.id()))
                    .mapToDouble(TestResult::maxPoints).sum();
            double taskLost = r.tests().stream().filter(t -> ofTask.contains(t.id()))
                    .mapToDouble(t -> t.maxPoints() - t.points()).sum();
            return new MutantOutcome(mutant, r.maxPoints() - r.points(), r.maxPoints(), taskLost, taskPoints, failed,
                    missing);
    }

    /** Grades a correct variant; it must keep every point of its exercise. */
    public ExerciseResult grade(Variant variant, Path solutions) {
        return gradeEdited(variant.id(), variant.exercise(), variant.edits(), solutions);
    }

    /** Grades one exercise (all tests, hidden included) of a copy of the reference with the given edits. */
    private ExerciseResult gradeEdited(String id, dlecon.api.Exercise exercise, SourceEdits edits, Path solutions) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("dlecon-mutant-");
            Path copy = tmp.resolve("src/main/java/dlecon/solution");
            FileTrees.copy(solutions, copy); // all exercises: suites may use other exercises' entries (E6 uses E3, E4)
            edits.applyTo(id, copy);
            GradingOptions one = new GradingOptions(List.of(exercise), true, options.salt(), options.sandbox(),
                    options.limits(), 1, options.budgetSeconds(), options.autoSandbox());
            return new GradingRun(one).grade(Submission.read(id, tmp)).exercises().get(0);
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

    /**
     * A Markdown table: bug, exercise, task, points lost (as a share of the task's and of the exercise's points),
     * tests that caught it.
     */
    public static String table(List<MutantOutcome> outcomes) {
        StringBuilder sb = new StringBuilder("| mutant | exercise | bug | task | points lost | share of task | "
                + "share of exercise | caught by |\n|---|---|---|---|---|---|---|---|\n");
        for (MutantOutcome o : outcomes) {
            sb.append("| ").append(o.mutant().id()).append(" | ").append(o.mutant().exercise()).append(" | ")
                    .append(o.mutant().bug().replace("|", "\\|")).append(" | ")
                    .append(o.mutant().task().isEmpty() ? "-" : o.mutant().task()).append(" | ")
                    .append(dlecon.grading.report.Points.format(o.pointsLost())).append(" | ")
                    .append(percent(o.taskShare())).append(" | ").append(percent(o.exerciseShare())).append(" | ")
                    .append(o.caughtBy().isEmpty() ? "**nothing**" : String.join("; ", o.caughtBy()).replace("|", "\\|"))
                    .append(o.missing().isEmpty() ? "" : " (expected but passed: " + String.join("; ", o.missing()) + ")")
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(java.util.Locale.ROOT, "%.0f%%", 100 * share);
    }
}
