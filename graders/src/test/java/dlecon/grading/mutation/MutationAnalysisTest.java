package dlecon.grading.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.Exercise;
import dlecon.grading.engine.GradingRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A small real analysis (a fixed-seed sample of E5's mutants, one worker JVM): every sampled mutant gets an outcome,
 * the same sample twice gives the same verdicts, and the report counts them.
 */
class MutationAnalysisTest {

    private static String verdict(MutantResult r) {
        return r.mutant().key() + " " + (r.killed() ? "killed" : r.outcome().name());
    }

    private static final Path SOLUTIONS = Path.of("../reference/src/main/java/dlecon/solution");

    @Test
    void gradesASampleReproducibly() {
        MutationAnalysis.Options o = new MutationAnalysis.Options(List.of(Exercise.E5), 0, 1, 12, 7, 512, "");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(progress, true, StandardCharsets.UTF_8);
        MutationAnalysis.Result first = new MutationAnalysis(o, SOLUTIONS, GradingRun.harnessClassPath(), out).run();
        assertThat(first.results()).hasSize(12).allSatisfy(r -> assertThat(r.mutant().exercise()).isEqualTo(Exercise.E5));
        assertThat(first.generated().get(Exercise.E5)).isGreaterThan(12);
        assertThat(first.results()).anyMatch(MutantResult::killed);
        assertThat(first.results()).filteredOn(MutantResult::killed).allSatisfy(r -> assertThat(r.test()).isNotBlank());
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("12 of 12 mutants graded");
        MutationAnalysis.Result second = new MutationAnalysis(o, SOLUTIONS, GradingRun.harnessClassPath(), out).run();
        // the verdicts repeat; which test kills first may not, since tests run fastest first by measured time
        assertThat(second.results()).extracting(MutationAnalysisTest::verdict)
                .containsExactlyElementsOf(first.results().stream().map(MutationAnalysisTest::verdict).toList());
        MutationReport report = new MutationReport(first, Equivalents.parse(""));
        MutationReport.Score s = report.scores().get(0);
        assertThat(s.graded() + s.stillborn()).isEqualTo(12);
        assertThat(s.killed() + s.undocumented()).isEqualTo(s.graded());
    }

    /**
     * A mutant that loops without end (batch regression whose loop condition is always true) is killed by its CPU
     * budget, the worker is replaced, and the mutant after it is graded by the new worker.
     */
    @Test
    void anEndlessLoopTimesOutAndTheNextMutantRunsInAFreshWorker() throws java.io.IOException {
        String file = "e1/LinearRegressionDescent.java";
        String text = java.nio.file.Files.readString(SOLUTIONS.resolve(file));
        SourceMutant endless = handMade(file, text, "while (steps < maxSteps) {", "while (steps >= 0) {");
        SourceMutant wrongSign = handMade(file, text, "t0 -= eta * g[0];", "t0 += eta * g[0];");
        MutationAnalysis.Options o = new MutationAnalysis.Options(List.of(Exercise.E1), 0, 1, 0, 1, 512, "^none$");
        MutationAnalysis.Result r = new MutationAnalysis(o, SOLUTIONS, GradingRun.harnessClassPath(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(List.of(endless, wrongSign));
        assertThat(r.results()).extracting(MutantResult::outcome)
                .containsExactly(MutantResult.Outcome.TIMED_OUT, MutantResult.Outcome.KILLED);
        assertThat(r.results().get(0).detail()).contains("ms of CPU");
        assertThat(r.workerStarts()).as("one worker, replaced after the endless loop").isEqualTo(2);
    }

    private static SourceMutant handMade(String file, String text, String find, String replace) {
        int at = text.indexOf(find);
        assertThat(at).as("reference holds %s", find).isPositive();
        return new SourceMutant(Exercise.E1, file, "hand-made", 1, "test", at, at + find.length(), replace, find,
                replace, 1, false);
    }
}
