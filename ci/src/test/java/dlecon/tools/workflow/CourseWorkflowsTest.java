package dlecon.tools.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The course's two workflows: the students' Classroom workflow reports the step that grades under the runner id the
 * reporter reads, and the instructors' class-grading workflow, rehearsed with a recording stand-in for
 * {@code ci/grade-batch}, passes every shard its arguments and merges all of them (the real grader runs in
 * {@code .ci/run} and in ReleaseEndToEndTest).
 */
class CourseWorkflowsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void studentWorkflowGradesEveryPushWithoutAClassroomService() throws IOException {
        Workflow wf = Workflow.read(ROOT.resolve("ci/student-repo/.github/workflows/grade.yml"));
        assertThat(wf.triggers()).contains("push");
        assertThat(wf.jobOrder()).containsExactly("grade");
        assertThat(wf.root().path("permissions").path("contents").asText()).isEqualTo("read");
        assertThat(wf.root().path("permissions").size()).as("read access only").isEqualTo(1);
        List<JsonNode> steps = StreamSupport.stream(wf.job("grade").path("steps").spliterator(), false).toList();
        JsonNode grade = steps.stream().filter(s -> s.path("id").asText().equals("grade")).findFirst().orElseThrow();
        assertThat(grade.path("run").asText().strip()).isEqualTo("ci/actions-grade");
        assertThat(ROOT.resolve("ci/student-repo/ci/actions-grade")).isExecutable();
        assertThat(steps).noneMatch(s -> s.path("uses").asText().startsWith("classroom-resources/")
                || s.path("uses").asText().startsWith("education/"));
        JsonNode java = steps.stream().filter(s -> s.path("uses").asText().startsWith("actions/setup-java@"))
                .findFirst().orElseThrow();
        assertThat(java.path("with").path("java-version").asInt()).isGreaterThanOrEqualTo(17);
    }

    @Test
    void checkoutsLeaveNoCredentialsBehind() throws IOException {
        for (String file : List.of("ci/student-repo/.github/workflows/grade.yml",
                ".github/workflows/grade-class.yml")) {
            Workflow wf = Workflow.read(ROOT.resolve(file));
            for (String job : wf.jobOrder()) {
                for (JsonNode step : wf.job(job).path("steps")) {
                    if (step.path("uses").asText().startsWith("actions/checkout@")) {
                        assertThat(step.path("with").path("persist-credentials").asText())
                                .as("%s, job %s: a checkout on a runner that runs student code", file, job)
                                .isEqualTo("false");
                    }
                }
            }
        }
    }

    @Test
    void classGradingWorkflowGradesEveryShardAndMergesThem(@TempDir Path ws, @TempDir Path scratch)
            throws Exception {
        Path ci = Files.createDirectories(ws.resolve("ci"));
        Path stub = Files.writeString(ci.resolve("grade-batch"), """
                #!/usr/bin/env bash
                # stand-in for ci/grade-batch: records its arguments, writes a gradebook where the real one would
                set -euo pipefail
                echo "$*" >> "$GITHUB_WORKSPACE/calls.txt"
                out=""; prev=""
                for a in "$@"; do if [ "$prev" = "--out" ]; then out="$a"; fi; prev="$a"; done
                mkdir -p "$out"
                if [ "$1" = merge ]; then
                  printf 'student,E1,total,max\\nalice,16,16,16\\nbob,0,0,16\\n' > "$out/gradebook.csv"
                else
                  printf 'student,E1,total,max\\n' > "$out/gradebook.csv"
                fi
                """);
        stub.toFile().setExecutable(true);
        Path wf = ROOT.resolve(".github/workflows/grade-class.yml");
        WorkflowRehearsal.Result r = WorkflowRehearsal.rehearse(wf, ws, "workflow_dispatch", "teacher",
                Map.of("class", "class", "shards", "3"), scratch);
        assertThat(r.success()).isTrue();
        assertThat(r.results()).containsExactly(Map.entry("plan", "success"), Map.entry("grade", "success"),
                Map.entry("merge", "success"));
        List<String> calls = Files.readAllLines(ws.resolve("calls.txt"));
        assertThat(calls).hasSize(4);
        for (int k = 1; k <= 3; k++) {
            assertThat(calls.get(k - 1)).matches("class --out \\S+/shard-" + k + " --shard " + k
                    + "/3 --jobs 2 --no-progress");
        }
        assertThat(calls.get(3)).matches("merge \\S+/shards/shard-1 \\S+/shards/shard-2 \\S+/shards/shard-3"
                + " --out \\S+/gradebook");
        assertThat(r.summaries().get("merge")).contains("| student | E1 | total | max |", "| alice | 16 | 16 | 16 |");
        assertThat(scratch.resolve("artifacts/gradebook/gradebook.csv")).exists();
    }

    @Test
    void classGradingWorkflowRefusesABadShardCount(@TempDir Path ws, @TempDir Path scratch) throws Exception {
        Path wf = ROOT.resolve(".github/workflows/grade-class.yml");
        WorkflowRehearsal.Result r = WorkflowRehearsal.rehearse(wf, ws, "workflow_dispatch", "teacher",
                Map.of("shards", "0"), scratch);
        assertThat(r.results()).containsEntry("plan", "failure").containsEntry("grade", "skipped")
                .containsEntry("merge", "skipped");
    }
}
