package dlecon.grading.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dlecon.grading.cli.Main;
import dlecon.grading.sandbox.Sandbox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code grade} run through {@link Main#run}, the command path of {@code ci/grade}: its exit code, the console
 * text and the report files.
 *
 * @param exit    the command's exit code
 * @param console what the command printed
 * @param results the Gradescope {@code results.json}
 * @param summary the Markdown {@code summary.md}
 */
public record CliGrade(int exit, String console, JsonNode results, String summary) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Skips the bwrap path where it cannot run, unless DLECON_REQUIRE_BWRAP=1 demands it. */
    public static void requireSandbox(String mode) {
        if (!mode.equals("bwrap")) {
            return;
        }
        if ("1".equals(System.getenv("DLECON_REQUIRE_BWRAP"))) {
            assertThat(Sandbox.bwrapUsable()).as("bwrap installed and usable (.ci/run requires it)").isTrue();
        } else {
            assumeThat(Sandbox.bwrapUsable()).as("bwrap installed and usable").isTrue();
        }
    }

    /** Grades {@code submission} with {@code args} added, writing the reports into {@code out}. */
    static synchronized CliGrade run(Path submission, Path out, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("grade", submission.toString(), "--out", out.toString()));
        all.addAll(List.of(args));
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int exit;
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            exit = Main.run(all.toArray(String[]::new));
        } finally {
            System.setOut(saved);
        }
        String console = buffer.toString(StandardCharsets.UTF_8);
        saved.print(console);
        JsonNode results = Files.exists(out.resolve("results.json")) ? JSON.readTree(out.resolve("results.json").toFile())
                : JSON.createObjectNode();
        String summary = Files.exists(out.resolve("summary.md")) ? Files.readString(out.resolve("summary.md")) : "";
        return new CliGrade(exit, console, results, summary);
    }

    /** The results.json entries of exercise {@code e} ("E1"). */
    List<JsonNode> tests(String e) {
        List<JsonNode> l = new ArrayList<>();
        results.path("tests").forEach(t -> {
            if (t.get("name").asText().startsWith(e + " ")) {
                l.add(t);
            }
        });
        return l;
    }

    /** The console line of exercise {@code e}, e.g. "E1 Gradient descent and SGD: 0 / 12 (refused)". */
    String exerciseLine(String e) {
        return console.lines().filter(l -> l.startsWith(e + " ")).findFirst().orElse("");
    }
}
