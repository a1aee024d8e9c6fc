package dlecon.grading.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dlecon.grading.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault tolerance of {@code grade-batch}: while six reference submissions are graded two at a time, a killer thread
 * (seeded) kills up to three test JVMs ({@code ForkMain} processes below this JVM) at random moments. The batch still finishes,
 * every student is in the gradebook, a student who lost a test shows it as crashed or not run with the reason, and
 * every student who lost nothing has the full, undisturbed score.
 */
class ForkKillerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STUDENTS = 6;
    private static final long SEED = 20261123L;
    /** At most this many kills, so that some students are certainly undisturbed and show the undisturbed score. */
    private static final int MAX_KILLS = 3;

    @Test
    void batchSurvivesKilledTestJvms(@TempDir Path tmp) throws Exception {
        Path students = tmp.resolve("class");
        for (int i = 1; i <= STUDENTS; i++) {
            HostileFixture.copyReference(students.resolve("student" + i));
        }
        Path out = tmp.resolve("out");
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger kills = new AtomicInteger();
        Thread killer = new Thread(() -> {
            Random rnd = new Random(SEED);
            while (!done.get() && kills.get() < MAX_KILLS) {
                try {
                    Thread.sleep(300 + rnd.nextInt(1200));
                } catch (InterruptedException e) {
                    return;
                }
                List<ProcessHandle> forks = ProcessHandle.current().descendants()
                        .filter(p -> p.info().commandLine().orElse("").contains("dlecon.grading.runner.ForkMain"))
                        .toList();
                if (!forks.isEmpty() && !done.get() && forks.get(rnd.nextInt(forks.size())).destroyForcibly()) {
                    kills.incrementAndGet();
                }
            }
        }, "fork-killer");
        killer.setDaemon(true);
        killer.start();
        int exit;
        try {
            exit = Main.run("grade-batch", students.toString(), "--out", out.toString(), "--jobs", "2",
                    "--exercise", "E1,E2", "--sandbox", "process", "--no-progress");
        } finally {
            done.set(true);
            killer.interrupt();
            killer.join();
        }
        assertThat(exit).isZero();
        assertThat(kills.get()).as("the killer killed some test JVMs").isPositive();
        List<String> rows = Files.readAllLines(out.resolve("gradebook.csv"));
        assertThat(rows).hasSize(STUDENTS + 1);
        List<String> affected = new ArrayList<>();
        for (int i = 1; i <= STUDENTS; i++) {
            String id = "student" + i;
            String row = rows.stream().filter(r -> r.startsWith(id + ",")).findFirst().orElseThrow();
            JsonNode tests = JSON.readTree(out.resolve(id).resolve("results.json").toFile()).get("tests");
            List<JsonNode> lost = new ArrayList<>();
            tests.forEach(t -> {
                if (t.get("score").asDouble() < t.get("max_score").asDouble()) {
                    lost.add(t);
                }
            });
            if (lost.isEmpty()) {
                assertThat(row).as("undisturbed student keeps the full score").isEqualTo(id + ",16,16,,,,,,32,32,graded,graded,,,,,");
            } else {
                affected.add(id);
                assertThat(lost).allSatisfy(t -> assertThat(t.get("output").asText())
                        .containsAnyOf("crashed", "timed out", "not run"));
                // the reason (exit code) is shown for public tests only: a hidden test says "crashed" and its category
                List<JsonNode> lostPublic = lost.stream()
                        .filter(t -> "visible".equals(t.path("visibility").asText())).toList();
                if (!lostPublic.isEmpty()) {
                    assertThat(lostPublic).anySatisfy(t -> assertThat(t.get("output").asText())
                            .containsAnyOf("exit code", "killed"));
                }
            }
        }
        System.out.println("fork killer: " + kills.get() + " kills, affected students " + affected);
        assertThat(affected.size()).isLessThanOrEqualTo(kills.get());
        assertThat(STUDENTS - affected.size()).as("undisturbed students").isPositive();
    }
}
