package dlecon.tools.release;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.tools.workflow.WorkflowRehearsal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * As a new user would: export the student repository, build it with its own {@code mvn verify} (the public graders
 * fail on the stubs with their TODO messages), push the stubs (the grading workflow's steps run for real, rehearsed:
 * 0 points, a red run), then, offline (its dependencies are cached now), copy the reference solution in, build again
 * (every public test passes) and push again (full public marks, a green run); then make a typical mistake in each of
 * three exercises and see Maven, the repository's {@code ./grade} and the course's full grader print the same check
 * with the same expected and actual values (Maven: what, expected, actual, tolerance, hint on one line).
 */
class ReleaseEndToEndTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Budget of one nested Maven build; a cold build downloads the plugins' dependencies first. */
    private static final long STEP_MINUTES = 15;
    /** A failed check in Maven's output: exercise, what, expected, actual (the message of {@code GradingFailure}). */
    private static final Pattern FAILURE_LINE = Pattern.compile(
            "(?m)^\\[ERROR\\]\\s+(E\\d)\\w*Grader\\.\\w+:\\d+\\S* (.+?): expected (\\S+?), actual (\\S+?)(?=[ ;]|$)");
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

        // a push of the untouched stubs: the workflow grades them (0 points) and fails the run, as on GitHub
        WorkflowRehearsal.Result first = WorkflowRehearsal.rehearse(repo.resolve(".github/workflows/grade.yml"),
                repo, "push", "student", Map.of(), Files.createDirectories(tmp.resolve("rehearsal-stubs")));
        assertThat(first.success()).as("a run with failing tests is red, as on GitHub").isFalse();
        String stubSummary = first.summaries().get("grade");
        Matcher total = Pattern.compile("## Grade: solution — 0 / (\\d+(\\.\\d+)?)").matcher(stubSummary);
        assertThat(total.find()).as("the job summary opens with 0 points\n%s", stubSummary).isTrue();
        String max = total.group(1);
        assertThat(Double.parseDouble(max)).as("public points").isPositive();

        Files.createDirectories(repo.resolve(".mvn"));
        Files.writeString(repo.resolve(".mvn/maven.config"), "-o\n"); // offline from here on
        copyTree(ROOT.resolve("reference/src/main/java/dlecon/solution"),
                repo.resolve("solution/src/main/java/dlecon/solution"));

        Run solved = run(repo, tmp, "mvn", "-B", "verify");
        assertThat(solved.exit()).as("offline mvn verify with the reference\n%s", solved.tail()).isZero();
        int[] after = lastTestCounts(solved);
        assertThat(after).as("tests run, failures, errors, skipped").containsExactly(counts[0], 0, 0, 0);

        WorkflowRehearsal.Result push = WorkflowRehearsal.rehearse(repo.resolve(".github/workflows/grade.yml"),
                repo, "push", "student", Map.of(), Files.createDirectories(tmp.resolve("rehearsal")));
        assertThat(push.success()).as("the grading workflow's steps: a green run").isTrue();
        assertThat(push.summaries().get("grade")).contains("## Grade: solution — " + max + " / " + max);

        // typical mistakes in three exercises: Maven, ./grade and the course's full grader show the same values
        mistake(repo, "e1/ScalarDescent.java", "eta = eta / (1 + k * decay);", "eta = eta / (1 + decay);");
        mistake(repo, "e2/MarslandPerceptron.java", "w[i][j] -= eta * sum;", "w[i][j] += eta * sum;");
        mistake(repo, "e4/Sgd.java", "theta[j] -= rate * g[j];", "theta[j] += rate * g[j];");
        Run mistaken = run(repo, tmp, "mvn", "-B", "verify");
        assertThat(mistaken.exit()).as("mvn verify with three mistakes fails\n%s", mistaken.tail()).isNotZero();
        assertThat(mistaken.output()).as("the failure text of a check in Maven's output\n%s", mistaken.tail())
                .containsPattern("E4TablePublicGrader\\.sgdTable:\\d+\\S* Sgd\\[eta=0\\.1\\]: theta at t = 1 \\[\\d\\].*: "
                        + "expected [^,]+, actual [^ ]+ \\(tolerance [^)]*\\); hint: theta -= eta g")
                .doesNotContainPattern("\\[[DJI]@[0-9a-f]{6,8}");
        Run grade = run(repo, tmp, "./grade", "--exercise", "E1,E2,E4");
        assertThat(grade.exit()).as("./grade completes\n%s", grade.tail()).isZero();
        Path full = tmp.resolve("full-grade");
        Run grader = run(repo, tmp, ROOT.resolve("ci/grade").toString(), repo.resolve("solution").toString(),
                "--exercise", "E1,E2,E4", "--out", full.toString());
        assertThat(grader.exit()).as("the course's grader completes\n%s", grader.tail()).isZero();
        String summary = Files.readString(full.resolve("summary.md")) // Markdown's escapes undone
                .replaceAll("\\\\([\\\\`*_\\[\\]<>|~&$])", "$1");
        for (String exercise : List.of("E1", "E2", "E4")) {
            List<MatchResult> shown = FAILURE_LINE.matcher(mistaken.output()).results()
                    .filter(m -> m.group(1).equals(exercise)).toList();
            assertThat(shown).as("Maven shows a failed check of %s with expected and actual values\n%s", exercise,
                    mistaken.tail()).isNotEmpty();
            assertThat(shown).as("%s: what, expected and actual as Maven prints them, also in ./grade's output and in "
                    + "the full grader's summary.md", exercise).anySatisfy(m -> {
                        for (String text : List.of(grade.output(), summary)) {
                            assertThat(text).contains(m.group(2))
                                    .containsPattern("expected:\\s+" + Pattern.quote(m.group(3)) + "\\n")
                                    .containsPattern("actual:\\s+" + Pattern.quote(m.group(4)) + "\\n");
                        }
                    });
        }
        String[] row = Files.readAllLines(full.resolve("grade.csv")).get(1).split(",", -1);
        assertThat(String.join(",", Arrays.copyOfRange(row, 10, 17))).as("status of E1..E7")
                .isEqualTo("graded,graded,,graded,,,");
        assertThat(Double.parseDouble(row[8])).as("total below the maximum").isLessThan(Double.parseDouble(row[9]));
    }

    /** Replaces the correct line {@code right} of a solution file by {@code wrong}. */
    private static void mistake(Path repo, String file, String right, String wrong) throws IOException {
        Path f = repo.resolve("solution/src/main/java/dlecon/solution").resolve(file);
        String fixed = Files.readString(f);
        assertThat(fixed).as(file).contains(right);
        Files.writeString(f, fixed.replace(right, wrong));
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
