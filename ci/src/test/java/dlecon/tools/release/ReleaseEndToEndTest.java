package dlecon.tools.release;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.tools.workflow.WorkflowRehearsal;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * As a new user would: export the student repository, build it with its own {@code mvn verify} (the public graders
 * fail on the stubs with their TODO messages), push the stubs (the Classroom workflow's steps run for real, rehearsed:
 * 0 points, a red run), then, offline (its dependencies are cached now), copy the reference solution in, build again
 * (every public test passes) and push again (full public marks, a green run); then make a typical mistake and see
 * Maven print the failure text the reports print (what, expected, actual, tolerance, hint).
 */
class ReleaseEndToEndTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Budget of one nested Maven build; a cold build downloads the plugins' dependencies first. */
    private static final long STEP_MINUTES = 15;
    private static final Pattern TESTS_RUN = Pattern.compile(
            "Tests run: (\\d+), Failures: (\\d+), Errors: (\\d+), Skipped: (\\d+)\\s*$", Pattern.MULTILINE);

    @Test
    void exportBuildGradeAndReportAsANewUser(@TempDir Path tmp) throws Exception {
        Path repo = tmp.resolve("student-repo");
        ReleaseExporter.export(ROOT, repo);

        Run stubs = run(repo, tmp, "mvn", "-B", "verify");
        assertThat(stubs.exit()).as("mvn verify on the stubs fails\n%s", stubs.tail()).isNotZero();
        for (int e = 1; e <= 7; e++) {
            assertThat(stubs.output()).as("a test names the TODO of E%d", e).contains("TODO E" + e + " ");
        }
        int[] counts = lastTestCounts(stubs);
        assertThat(counts[0]).as("every graded test of the exported (public) suites runs").isEqualTo(gradedTests(repo));
        assertThat(counts[1] + counts[2]).as("every public test fails on the stubs").isEqualTo(counts[0]);

        // a push of the untouched stubs: the workflow grades them (0 points) and, like the reporter, fails the run
        WorkflowRehearsal.Result first = WorkflowRehearsal.rehearse(repo.resolve(".github/workflows/classroom.yml"),
                repo, "push", "student", Map.of(), Files.createDirectories(tmp.resolve("rehearsal-stubs")));
        assertThat(first.points()).singleElement().satisfies(p -> assertThat(p.score()).isZero());
        assertThat(first.success()).as("a run with failing tests is red, as on GitHub").isFalse();
        assertThat(first.failures()).singleElement().asString().contains("the reporter marks the job failed");
        String max = BigDecimal.valueOf(first.points().get(0).max()).stripTrailingZeros().toPlainString();
        assertThat(first.points().get(0).max()).as("public points").isPositive();
        assertThat(first.summaries().get("run-autograding-tests")).contains("## Grade: solution — 0 / " + max);

        Files.createDirectories(repo.resolve(".mvn"));
        Files.writeString(repo.resolve(".mvn/maven.config"), "-o\n"); // offline from here on
        copyTree(ROOT.resolve("reference/src/main/java/dlecon/solution"),
                repo.resolve("solution/src/main/java/dlecon/solution"));

        Run solved = run(repo, tmp, "mvn", "-B", "verify");
        assertThat(solved.exit()).as("offline mvn verify with the reference\n%s", solved.tail()).isZero();
        int[] after = lastTestCounts(solved);
        assertThat(after).as("tests run, failures, errors, skipped").containsExactly(counts[0], 0, 0, 0);

        WorkflowRehearsal.Result push = WorkflowRehearsal.rehearse(repo.resolve(".github/workflows/classroom.yml"),
                repo, "push", "student", Map.of(), Files.createDirectories(tmp.resolve("rehearsal")));
        assertThat(push.success()).as("the Classroom workflow's steps").isTrue();
        assertThat(push.points()).singleElement().satisfies(p -> {
            assertThat(p.max()).isEqualTo(first.points().get(0).max());
            assertThat(p.score()).as("full public marks").isEqualTo(p.max());
        });
        assertThat(push.summaries().get("run-autograding-tests")).contains("## Grade: solution — " + max + " / " + max);

        // a typical mistake (E4's update with the wrong sign): Maven's own output shows what the reports show
        Path sgd = repo.resolve("solution/src/main/java/dlecon/solution/e4/Sgd.java");
        String fixed = Files.readString(sgd);
        assertThat(fixed).contains("theta[j] -= rate * g[j];");
        Files.writeString(sgd, fixed.replace("theta[j] -= rate * g[j];", "theta[j] += rate * g[j];"));
        Run mistaken = run(repo, tmp, "mvn", "-B", "verify");
        assertThat(mistaken.exit()).as("mvn verify with a sign error fails\n%s", mistaken.tail()).isNotZero();
        assertThat(mistaken.output()).as("the failure text of a check in Maven's output\n%s", mistaken.tail())
                .containsPattern("E4TablePublicGrader\\.sgdTable:\\d+\\S* Sgd\\[eta=0\\.1\\]: theta at t = 1 \\[\\d\\].*: "
                        + "expected [^,]+, actual [^ ]+ \\(tolerance [^)]*\\); hint: theta -= eta g")
                .doesNotContainPattern("\\[[DJI]@[0-9a-f]{6,8}");
    }

    /** The number of {@code @Graded} tests in the exported grader suites. */
    private static int gradedTests(Path repo) throws IOException {
        int n = 0;
        try (Stream<Path> s = Files.walk(repo.resolve("graders/src/main/java/dlecon/graders"))) {
            for (Path f : s.filter(p -> p.toString().endsWith("Grader.java")).toList()) {
                n += Files.readString(f).split("@Graded\\(", -1).length - 1;
            }
        }
        return n;
    }

    /** Tests run, failures, errors, skipped of the last summary line Maven printed. */
    private static int[] lastTestCounts(Run r) {
        Matcher m = TESTS_RUN.matcher(r.output());
        int[] last = null;
        while (m.find()) {
            last = new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))};
        }
        assertThat(last).as("Maven printed test counts\n%s", r.tail()).isNotNull();
        return last;
    }

    private record Run(int exit, String output) {
        String tail() {
            List<String> lines = output.lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }
    }

    private static Run run(Path dir, Path tmp, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(tmp, "run", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(STEP_MINUTES, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + STEP_MINUTES + " min");
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                Files.createDirectories(t.getParent());
                Files.copy(f, t, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
