package dlecon.grading.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.Exercise;
import dlecon.grading.check.BytecodeChecker;
import dlecon.grading.check.Policy;
import dlecon.grading.compile.SourceCompiler;
import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.TestResult;
import dlecon.grading.model.TestStatus;
import dlecon.grading.sandbox.Budget;
import dlecon.grading.sandbox.Confinement;
import dlecon.grading.sandbox.JvmLimits;
import dlecon.grading.sandbox.ProcessLimits;
import dlecon.grading.sandbox.Sandbox;
import dlecon.grading.sandbox.TestJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The operating-system layer on its own: with the static check switched off (a permissive policy), a submission
 * tries to read secrets planted in the grading machine's home and in the project, to fill the temporary folder and
 * to start thousands of threads; and a submission that stays under every test's own limit meets the budget.
 */
class SystemLimitsTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/limits/src/main/java/dlecon/solution/e1/"
            + "GradientDescentSolution.java");
    /** Passes the static check; every call with x0 = 13 takes 1.5 s. */
    static final Path SLOW = Path.of("src/test/resources/fixtures/slow");
    private static final Policy PERMISSIVE = Policy.parse("allow java/\nallow dlecon/api/\n");
    private static final JvmLimits SMALL = JvmLimits.DEFAULT.withHeap(256);
    private static final String SECRET = "the-grading-machine-secret-4711";
    private static final Path PROJECT = Path.of(System.getProperty("dlecon.project.root", ".."))
            .toAbsolutePath().normalize();

    private static Submission fixture(Path tmp, Path homeSecret, Path projectSecret) throws IOException {
        Path src = tmp.resolve("sub/src/main/java/dlecon/solution/e1/GradientDescentSolution.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, Files.readString(FIXTURE).replace("@HOME_SECRET@", homeSecret.toString())
                .replace("@PROJECT_SECRET@", projectSecret.toString()));
        return Submission.read("limits", tmp.resolve("sub"));
    }

    private static Path plant(Path file) throws IOException {
        Files.writeString(file, SECRET, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    @ParameterizedTest
    @EnumSource(Sandbox.Mode.class)
    void secretsDiskAndThreadsAreContained(Sandbox.Mode mode, @TempDir Path tmp) throws IOException {
        dlecon.grading.hostile.CliGrade.requireSandbox(mode.label());
        Path home = plant(Path.of(System.getProperty("user.home"), ".dlecon-grader-secret-test"));
        Path project = plant(PROJECT.resolve("dlecon-grader-secret-test"));
        try {
            ExerciseGraderTest.passable(tmp);
            ExerciseGraderTest.passable(tmp);
        Path work = ExerciseGraderTest.passable(Files.createDirectory(tmp.resolve("work")));
            List<PlannedTest> plan = new TestPlanner().plan(Exercise.E1, "dlecon.grading.fixtures.limits", true);
            ExerciseResult r = new ExerciseGrader(SourceCompiler.forApi(), new BytecodeChecker(PERMISSIVE),
                    new TestJvm(mode, ExerciseGraderTest.classPathWithFixtures(), SMALL))
                    .grade(fixture(tmp, home, project), Exercise.E1, plan, 7, work);
            assertThat(r.tests()).hasSize(4);
            TestResult secrets = r.tests().get(0);
            boolean contained = mode == Sandbox.Mode.BWRAP || Confinement.dropsUser();
            if (contained) { // the process path without a user of its own reads what the harness's user may read
                assertThat(secrets.output()).as(secrets.toString()).contains("could not read " + home)
                        .contains("could not read " + project).doesNotContain(SECRET);
            }
            // the known implementations' definitions and the harness's own classes are not on the test class path
            assertThat(secrets.output()).contains("resource /dlecon/grading/mutants/e1/index.txt not found",
                    "resource /dlecon/grading/check/allowlist.txt not found",
                    "resource /dlecon/grading/cli/Main.class not found");
            TestResult disk = r.tests().get(1);
            long cap = mode == Sandbox.Mode.BWRAP ? ProcessLimits.DEFAULT.tmpBytes()
                    : ProcessLimits.DEFAULT.fileBytes();
            assertThat(bytesWritten(disk.output())).as(disk.output()).isPositive().isLessThanOrEqualTo(cap);
            assertThat(disk.output()).contains("write stopped");
            TestResult threads = r.tests().get(2);
            if (Confinement.dropsUser()) {
                assertThat(threads.status()).as(threads.toString()).isEqualTo(TestStatus.CRASHED);
                assertThat(threads.failure().message()).contains("limit on threads");
            }
            assertThat(threads.points()).isZero();
            assertThat(r.tests().get(3).status()).isEqualTo(TestStatus.PASSED);
        } finally {
            Files.deleteIfExists(home);
            Files.deleteIfExists(project);
        }
    }

    private static long bytesWritten(String output) {
        Matcher m = Pattern.compile("bytes written: (\\d+)").matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void theBudgetEndsTheRemainingTestsWithTheReason(@TempDir Path tmp) throws IOException {
        ExerciseGraderTest.passable(tmp);
        Path work = ExerciseGraderTest.passable(Files.createDirectory(tmp.resolve("work")));
        List<PlannedTest> plan = new TestPlanner().plan(Exercise.E1, "dlecon.grading.fixtures.budget.e1", true);
        ExerciseGrader grader = new ExerciseGrader(SourceCompiler.forApi(), new BytecodeChecker(Policy.standard()),
                new TestJvm(Sandbox.Mode.PROCESS, ExerciseGraderTest.classPathWithFixtures(), SMALL));
        Submission s = Submission.read("slow", SLOW);
        Prepared p = grader.prepare(s, Exercise.E1, work);
        ExerciseResult r = grader.run(p, plan, 7, List.of(), work, Budget.startingNow(5));
        // each test takes 1.5 s of its 5 s: without the budget all four would pass after 6 s of tests
        assertThat(r.tests()).hasSize(4);
        assertThat(r.tests().get(3).status()).isNotEqualTo(TestStatus.PASSED);
        assertThat(r.tests()).filteredOn(t -> t.status() != TestStatus.PASSED).isNotEmpty().allSatisfy(t -> {
            assertThat(t.points()).isZero();
            assertThat(t.failure().message()).contains("time budget of 5 s");
        });
        assertThat(r.points()).isLessThan(4);
    }
}
