package dlecon.grading.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every hostile fixture graded through {@code grade} on both sandbox paths: the grade completes, the attacked tests
 * score 0 with the expected one-line reason (a test that only touches the attacked method loses some points), every
 * other test (the attacked exercise's untouched tests and the
 * whole control exercise) keeps full marks, and nothing outside the sandbox's temporary folder changes.
 */
class HostileSubmissionTest {

    static Stream<Arguments> fixturesOnBothPaths() {
        List<Arguments> l = new ArrayList<>();
        for (HostileFixture f : HostileFixture.dataDriven()) {
            l.add(Arguments.of(f, "bwrap"));
            l.add(Arguments.of(f, "process"));
        }
        return l.stream();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("fixturesOnBothPaths")
    void attackIsContained(HostileFixture f, String mode, @TempDir Path tmp) throws IOException {
        CliGrade.requireSandbox(mode);
        CliGrade g = grade(f, mode, tmp);
        assertThat(g.exerciseLine(f.exercise())).as("exercise line").endsWith("(" + f.statusLabel() + ")");
        if (!f.reason().isEmpty()) {
            assertThat(g.console()).as("one-line reason on the console").contains(f.reason());
            if (!f.statusLabel().equals("graded")) {
                assertThat(g.summary()).as("problem line in summary.md").contains(f.reason());
            }
        }
        assertThat(g.console()).contains(f.console());
        if (!f.absent().isEmpty()) {
            assertThat(g.console() + g.summary()).as("the submission's own text").doesNotContain(f.absent());
        }
        List<JsonNode> attacked = g.tests(f.exercise());
        assertThat(attacked).isNotEmpty().allSatisfy(t -> {
            String title = t.get("name").asText();
            if (f.mustLosePoints(title)) {
                assertThat(t.get("score").asDouble()).as(title).isGreaterThanOrEqualTo(0)
                        .isLessThan(t.get("max_score").asDouble());
            } else {
                double expected = f.mustScoreZero(title) ? 0 : t.get("max_score").asDouble();
                assertThat(t.get("score").asDouble()).as(title).isEqualTo(expected);
            }
        });
        if (!g.tests(f.control()).isEmpty() || !mode.equals("bwrap")) {
            assertThat(g.tests(f.control())).as("control exercise keeps full marks").isNotEmpty()
                .allSatisfy(t -> assertThat(t.get("score").asDouble()).as(t.get("name").asText())
                        .isEqualTo(t.get("max_score").asDouble()));
        }
    }

    /** Grades fixture {@code f} (attacked and control exercise), checking exit code 0 and an unchanged file system. */
    static CliGrade grade(HostileFixture f, String mode, Path tmp) throws IOException {
        Path sub = f.materialize(tmp.resolve(f.name()));
        Files.deleteIfExists(f.canary());
        FileSnapshot before = FileSnapshot.take(sub);
        // a refused or non-compiling exercise never starts a test JVM: its outcome cannot depend on the sandbox, so
        // on the bwrap path it is graded alone (the process path grades it beside the control exercise)
        boolean static_ = f.statusLabel().equals("refused") || f.statusLabel().equals("compile error");
        String exercises = static_ && mode.equals("bwrap") ? f.exercise() : f.exercise() + "," + f.control();
        List<String> args = new ArrayList<>(List.of("--exercise", exercises, "--sandbox", mode, "--jobs", "2"));
        if (!f.memory().isEmpty()) {
            args.addAll(List.of("--memory", f.memory()));
        }
        if (!f.budget().isEmpty()) {
            args.addAll(List.of("--budget", f.budget()));
        }
        CliGrade g = CliGrade.run(sub, tmp.resolve("out"), args.toArray(String[]::new));
        assertThat(g.exit()).as("grade completes").isZero();
        assertThat(FileSnapshot.take(sub).changesSince(before)).as("file system changes").isEmpty();
        assertThat(f.canary()).doesNotExist();
        return g;
    }

    @ParameterizedTest
    @ValueSource(strings = {"bwrap", "process"})
    void theTimeBudgetStopsASubmissionThatSpendsJustUnderEveryLimit(String mode, @TempDir Path tmp)
            throws IOException {
        CliGrade.requireSandbox(mode);
        HostileFixture f = HostileFixture.named("budget-hog");
        long start = System.nanoTime();
        CliGrade g = grade(f, mode, tmp);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        String reason = "time budget of " + f.budget() + " s for all its tests was used up";
        assertThat(g.console()).contains(reason);
        // E1 and E4 share the submission's budget; the tests after it earn nothing, with the reason
        List<JsonNode> stopped = Stream.of("E1", "E4").flatMap(e -> g.tests(e).stream())
                .filter(t -> t.get("output").asText().contains(reason)).toList();
        assertThat(stopped).isNotEmpty().allSatisfy(t -> assertThat(t.get("score").asDouble()).isZero());
        // 16 E1 tests at 1.5 s per call and up to 60 s each would otherwise hold the grader for minutes
        assertThat(seconds).as("seconds for the whole grade").isLessThan(Long.parseLong(f.budget()) + 30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bwrap", "process"})
    void floodOfOutputIsCappedAndTheRightAnswerStillCounts(String mode, @TempDir Path tmp) throws IOException {
        CliGrade.requireSandbox(mode);
        CliGrade g = grade(HostileFixture.named("output-flood"), mode, tmp);
        JsonNode decaying = g.tests("E1").stream().filter(t -> t.get("name").asText().contains("decaying-step"))
                .findFirst().orElseThrow();
        assertThat(decaying.get("score").asDouble()).isEqualTo(decaying.get("max_score").asDouble());
        assertThat(g.console().length() + g.summary().length()).isLessThan(50_000);
        assertThat(decaying.get("output").asText()).hasSizeLessThan(20_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bwrap", "process"})
    void forgedOutputDoesNotReachTheReports(String mode, @TempDir Path tmp) throws IOException {
        CliGrade.requireSandbox(mode);
        CliGrade g = grade(HostileFixture.named("forged-output"), mode, tmp);
        assertThat(g.results().get("score").asDouble()).isLessThan(100);
        assertThat(g.results().get("tests")).isNotEmpty();
        double max = 0;
        double lost = 0; // the wrong decaying path costs exactly the decaying-step tests
        for (JsonNode t : g.results().get("tests")) {
            max += t.get("max_score").asDouble();
            if (t.get("name").asText().contains("decaying-step descent")) {
                lost += t.get("max_score").asDouble();
            }
        }
        assertThat(lost).isPositive();
        assertThat(g.results().get("score").asDouble()).isEqualTo(max - lost);
        assertThat(g.console().lines().filter(l -> l.startsWith("Total: "))).containsExactly(
                "Total: " + (long) (max - lost) + " / " + (long) max);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bwrap", "process"})
    void staticStateDoesNotCarryOverBetweenTests(String mode, @TempDir Path tmp) throws IOException {
        CliGrade.requireSandbox(mode);
        HostileFixture f = HostileFixture.named("static-state");
        CliGrade g = grade(f, mode, tmp);
        assertThat(g.tests("E1")).allSatisfy(t -> {
            String title = t.get("name").asText();
            assertThat(t.get("score").asDouble()).as(title)
                    .isEqualTo(f.mustScoreZero(title) ? 0 : t.get("max_score").asDouble());
        });
    }
}
