package dlecon.grading.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.Exercise;
import dlecon.grading.engine.GradingOptions;
import dlecon.grading.engine.GradingRun;
import dlecon.grading.model.GradeReport;
import dlecon.grading.model.TestResult;
import dlecon.grading.model.TestStatus;
import dlecon.grading.report.ConsoleWriter;
import dlecon.grading.sandbox.JvmLimits;
import dlecon.grading.sandbox.Sandbox;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The endless loop that ignores interrupts, graded through the engine API ({@link GradingRun}, as {@code grade}
 * does) with the short-budget suite of {@code dlecon.grading.hostile.suites.e1}: the real graders' 60 s budget
 * would make this fixture take two minutes. The loop is killed after 2 s, scores 0 as timed out, and the next test
 * keeps its points.
 */
class EndlessLoopTest {

    @ParameterizedTest
    @ValueSource(strings = {"bwrap", "process"})
    void endlessLoopIsKilledAndTheNextTestKeepsItsPoints(String mode, @TempDir Path tmp) throws IOException {
        CliGrade.requireSandbox(mode);
        HostileFixture f = HostileFixture.named("endless-loop");
        Path sub = f.materialize(tmp.resolve(f.name()));
        FileSnapshot before = FileSnapshot.take(sub);
        List<String> cp = new ArrayList<>(GradingRun.harnessClassPath());
        cp.add(Path.of("target/test-classes").toAbsolutePath().toString());
        GradingOptions options = new GradingOptions(List.of(Exercise.E1), true, GradingOptions.DEFAULT_SALT,
                Sandbox.Mode.valueOf(mode.toUpperCase(Locale.ROOT)), JvmLimits.DEFAULT, 1);
        GradeReport report = new GradingRun(options, cp, "dlecon.grading.hostile.suites.")
                .grade(dlecon.grading.engine.Submission.read(f.name(), sub));
        List<TestResult> tests = report.tests().toList();
        assertThat(tests).hasSize(2);
        assertThat(tests.get(0).status()).isEqualTo(TestStatus.TIMED_OUT);
        assertThat(tests.get(0).points()).isZero();
        assertThat(tests.get(1).status()).isEqualTo(TestStatus.PASSED);
        assertThat(tests.get(1).points()).isEqualTo(1.0);
        assertThat(new ConsoleWriter().format(report)).contains("timed out after 2 s");
        assertThat(FileSnapshot.take(sub).changesSince(before)).as("file system changes").isEmpty();
    }
}
