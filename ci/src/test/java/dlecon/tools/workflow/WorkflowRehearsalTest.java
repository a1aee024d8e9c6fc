package dlecon.tools.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rehearsals of small workflows written here: job order, matrices, outputs, artifacts, failures, stand-ins. */
class WorkflowRehearsalTest {

    private static final String SHARDED = """
            name: sharded
            on:
              workflow_dispatch:
                inputs:
                  shards:
                    default: '2'
            jobs:
              merge:
                needs: [work]
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/download-artifact@v4
                    with:
                      pattern: part-*
                      path: ${{ runner.temp }}/parts
                  - run: |
                      cat "$RUNNER_TEMP"/parts/part-*/n.txt | sort > merged.txt
                      echo "merged $(wc -l < merged.txt) parts" >> "$GITHUB_STEP_SUMMARY"
              plan:
                runs-on: ubuntu-latest
                outputs:
                  list: ${{ steps.p.outputs.list }}
                steps:
                  - id: p
                    env:
                      N: ${{ inputs.shards }}
                    run: echo "list=[$(seq -s, 1 "$N")]" >> "$GITHUB_OUTPUT"
              work:
                needs: plan
                runs-on: ubuntu-latest
                strategy:
                  matrix:
                    k: ${{ fromJSON(needs.plan.outputs.list) }}
                steps:
                  - uses: actions/checkout@v4
                  - run: mkdir -p "out-${{ matrix.k }}" && echo "part ${{ matrix.k }}" > "out-${{ matrix.k }}/n.txt"
                  - uses: actions/upload-artifact@v4
                    with:
                      name: part-${{ matrix.k }}
                      path: out-${{ matrix.k }}
            """;

    @Test
    void runsJobsInNeedsOrderOverTheMatrixWithArtifacts(@TempDir Path ws, @TempDir Path scratch) throws Exception {
        Path wf = write(ws, "wf.yml", SHARDED);
        WorkflowRehearsal.Result r = WorkflowRehearsal.rehearse(wf, ws, "workflow_dispatch", "me",
                Map.of("shards", "3"), scratch);
        assertThat(r.success()).isTrue();
        assertThat(r.results()).containsExactly(Map.entry("plan", "success"), Map.entry("work", "success"),
                Map.entry("merge", "success"));
        assertThat(Files.readAllLines(ws.resolve("merged.txt"))).containsExactly("part 1", "part 2", "part 3");
        assertThat(r.summaries().get("merge")).contains("merged 3 parts");
        assertThat(r.summaries()).containsKeys("work {k=1}", "work {k=2}", "work {k=3}");
    }

    @Test
    void aFailedStepFailsItsJobAndSkipsTheJobsThatNeedIt(@TempDir Path ws, @TempDir Path scratch) throws Exception {
        Path wf = write(ws, "wf.yml", """
                on: push
                jobs:
                  a:
                    steps:
                      - run: exit 3
                      - run: echo never > never.txt
                      - if: always()
                        run: echo cleanup > always.txt
                      - id: heredoc
                        if: failure()
                        run: printf 'text<<EOF\\nline 1\\nline 2\\nEOF\\n' >> "$GITHUB_OUTPUT"
                  b:
                    needs: a
                    steps:
                      - run: echo b > b.txt
                """);
        WorkflowRehearsal.Result r = WorkflowRehearsal.rehearse(wf, ws, "push", "me", Map.of(), scratch);
        assertThat(r.success()).isFalse();
        assertThat(r.results()).containsEntry("a", "failure").containsEntry("b", "skipped");
        assertThat(ws.resolve("never.txt")).doesNotExist();
        assertThat(ws.resolve("always.txt")).exists();
        assertThat(ws.resolve("b.txt")).doesNotExist();
        assertThat(JobRunner.keyValues("text<<EOF\nline 1\nline 2\nEOF\nx=1=2\n"))
                .containsExactly(Map.entry("text", "line 1\nline 2"), Map.entry("x", "1=2"));
    }

    @Test
    void theClassroomReporterStandInSumsTheRunnersPoints(@TempDir Path ws, @TempDir Path scratch) throws Exception {
        String json = "{\"version\":1,\"status\":\"fail\",\"max_score\":5,\"tests\":[{\"name\":\"t\",\"status\":\"pass\","
                + "\"score\":2},{\"name\":\"u\",\"status\":\"fail\",\"score\":0.5}]}";
        Files.writeString(ws.resolve("c.json"), json);
        Path wf = write(ws, "wf.yml", """
                on: [push]
                jobs:
                  grade:
                    if: github.actor != 'github-classroom[bot]'
                    steps:
                      - id: g
                        run: echo "result=$(base64 -w0 c.json)" >> "$GITHUB_OUTPUT"
                      - uses: classroom-resources/autograding-grading-reporter@v1
                        env:
                          G_RESULTS: ${{ steps.g.outputs.result }}
                        with:
                          runners: g
                """);
        WorkflowRehearsal.Result r = WorkflowRehearsal.rehearse(wf, ws, "push", "student", Map.of(), scratch);
        assertThat(r.success()).as("the reporter fails the job when a runner's status is not pass").isFalse();
        assertThat(r.points()).singleElement().satisfies(p -> {
            assertThat(p.score()).isEqualTo(2.5);
            assertThat(p.max()).isEqualTo(5.0);
        });
        WorkflowRehearsal.Result bot = WorkflowRehearsal.rehearse(wf, ws, "push", "github-classroom[bot]", Map.of(),
                scratch.resolve("bot"));
        assertThat(bot.results()).containsEntry("grade", "skipped");
    }

    @Test
    void artifactsFollowVersion4(@TempDir Path ws, @TempDir Path scratch) throws Exception {
        Path wf = write(ws, "wf.yml", """
                on: push
                jobs:
                  up:
                    steps:
                      - run: mkdir -p out/.cache && echo a > out/a.txt && echo s > out/.cache/secret
                      - uses: actions/upload-artifact@v4
                        with:
                          name: result
                          path: out
                      - uses: actions/upload-artifact@v4
                        with:
                          name: nothing
                          path: missing
                  down:
                    needs: up
                    steps:
                      - uses: actions/download-artifact@v4
                        with:
                          name: result
                          path: got
                      - uses: actions/download-artifact@v4
                        with:
                          pattern: shard-*
                          path: none
                      - uses: actions/download-artifact@v4
                        with:
                          name: resul*
                """);
        WorkflowRehearsal.Result r = WorkflowRehearsal.rehearse(wf, ws, "push", "me", Map.of(), scratch);
        assertThat(Files.readString(ws.resolve("got/a.txt"))).isEqualTo("a\n");
        assertThat(ws.resolve("got/.cache")).as("hidden files are not uploaded by default").doesNotExist();
        assertThat(scratch.resolve("artifacts/nothing")).as("a missing path only warns").doesNotExist();
        assertThat(r.results()).containsEntry("up", "success");
        assertThat(r.failures()).as("a pattern without match succeeds; a name is not a pattern").singleElement()
                .asString().contains("artifact resul* not found");
    }

    @Test
    void refusesWhatItCannotStandInFor(@TempDir Path ws, @TempDir Path scratch) throws Exception {
        Path wf = write(ws, "wf.yml", """
                on: push
                jobs:
                  a:
                    steps:
                      - uses: docker/build-push-action@v6
                """);
        assertThat(WorkflowRehearsal.rehearse(wf, ws, "push", "me", Map.of(), scratch.resolve("d")).failures())
                .singleElement().asString().contains("no stand-in for the action docker/build-push-action@v6");
        assertThatThrownBy(() -> WorkflowRehearsal.rehearse(wf, ws, "schedule", "me", Map.of(), scratch))
                .hasMessageContaining("does not run on schedule");
        Path shell = write(ws, "shell.yml", "on: push\njobs:\n  a:\n    steps:\n      - run: echo hi\n        shell: pwsh\n");
        WorkflowRehearsal.Result pwsh = WorkflowRehearsal.rehearse(shell, ws, "push", "me", Map.of(),
                scratch.resolve("s"));
        assertThat(pwsh.results()).as("a step that cannot be rehearsed fails its job").containsEntry("a", "failure");
        assertThat(pwsh.failures()).singleElement().asString().contains("shell: pwsh is not rehearsed");
        Path cycle = write(ws, "cycle.yml", "on: push\njobs:\n  a: {needs: b}\n  b: {needs: a}\n");
        assertThatThrownBy(() -> WorkflowRehearsal.rehearse(cycle, ws, "push", "me", Map.of(), scratch))
                .hasMessageContaining("cycle");
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
