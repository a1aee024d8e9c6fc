package dlecon.tools.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The student repository's {@code ./grade} offers what makes sense there: its own help, public tests only (a clear
 * usage error for {@code --visibility all}), none of the course grader's tools. These cases end before the grader
 * runs.
 */
class StudentGradeScriptTest {

    private static final Path SCRIPT = Path.of("..", "ci", "student-repo", "grade").toAbsolutePath().normalize();

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, err);
    }

    @Test
    void helpIsTheStudentsOwnAndCourseToolsAreRefused() throws IOException, InterruptedException {
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage: ./grade [OPTIONS]").contains("--exercise")
                .doesNotContain("--mutants", "reference", "student-template", "--visibility");
        Run all = run("--visibility", "all");
        assertThat(all.exit()).isEqualTo(2);
        assertThat(all.err().strip()).isEqualTo("error: --visibility all: this repository holds the public tests only "
                + "(your teacher's grading runs the hidden ones too)");
        assertThat(run("--visibility=hidden").exit()).isEqualTo(2);
        for (String tool : List.of("--mutants", "--mutation-analysis", "reference")) {
            Run r = run(tool);
            assertThat(r.exit()).as(tool).isEqualTo(2);
            assertThat(r.err()).as(tool).contains("not available in your repository");
        }
    }
}
