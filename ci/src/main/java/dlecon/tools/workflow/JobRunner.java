package dlecon.tools.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one instance of a job (one matrix combination) as a runner would: each step's {@code if:}, its environment
 * (workflow, job and step {@code env:} plus {@code GITHUB_OUTPUT}, {@code GITHUB_ENV}, {@code GITHUB_STEP_SUMMARY},
 * {@code GITHUB_WORKSPACE}, {@code RUNNER_TEMP}, {@code CI}), a {@code run:} script with
 * {@code bash --noprofile --norc -eo pipefail} in the workspace (or {@code working-directory}), a {@code uses:} step
 * through {@link ActionStandIns}, then the step's outputs and the job's {@code outputs:}.
 */
final class JobRunner {

    /** What a job instance left behind. */
    record Outcome(boolean success, Map<String, String> outputs, String summary,
                   List<ClassroomPoints> points) {
    }

    private final Workflow workflow;
    private final Path workspace;
    private final Path artifacts;
    private final Path scratch;

    JobRunner(Workflow workflow, Path workspace, Path artifacts, Path scratch) {
        this.workflow = workflow;
        this.workspace = workspace;
        this.artifacts = artifacts;
        this.scratch = scratch;
    }

    /** Runs {@code jobId} with the given contexts (inputs, github, needs, matrix). */
    Outcome run(String jobId, Map<String, Object> contexts) throws IOException, InterruptedException {
        JsonNode job = workflow.job(jobId);
        Map<String, Object> ctx = new LinkedHashMap<>(contexts);
        Map<String, Object> steps = new LinkedHashMap<>();
        Map<String, String> env = new LinkedHashMap<>();
        ctx.put("steps", steps);
        ctx.put("env", env);
        ctx.put("secrets", Map.of());
        Path temp = Files.createTempDirectory(scratch, jobId + "-"); // each job instance has a runner of its own
        ctx.put("runner", Map.of("os", "Linux", "temp", temp.toString()));
        Path summary = Files.createTempFile(scratch, "summary", ".md");
        long limitMinutes = job.path("timeout-minutes").asLong(360);
        boolean failed = false;
        List<ClassroomPoints> points = new ArrayList<>();
        int n = 0;
        for (JsonNode step : job.path("steps")) {
            n++;
            String id = step.has("id") ? step.path("id").asText() : "step" + n;
            String title = step.path("name").asText(step.has("run") ? step.path("run").asText().lines().findFirst()
                    .orElse("") : step.path("uses").asText());
            env.putAll(substituted(workflow.root().path("env"), ctx, failed));
            env.putAll(substituted(job.path("env"), ctx, failed));
            Map<String, String> stepEnv = new LinkedHashMap<>(env);
            stepEnv.putAll(substituted(step.path("env"), ctx, failed));
            if (!new Expressions(path -> resolve(ctx, path), failed).condition(step.path("if").asText(null))) {
                System.out.println("[" + jobId + "] skipped: " + title);
                steps.put(id, Map.of("outputs", Map.of(), "outcome", "skipped"));
                continue;
            }
            System.out.println("[" + jobId + "] " + title);
            Map<String, String> outputs = new LinkedHashMap<>();
            boolean ok;
            if (step.has("run")) {
                ok = runScript(step, ctx, failed, stepEnv, new RunnerFiles(summary, temp), outputs, env, limitMinutes);
            } else {
                Map<String, String> with = substituted(step.path("with"), ctx, failed);
                try {
                    ClassroomPoints p = ActionStandIns.run(step.path("uses").asText(),
                            new StepContext(with, stepEnv, workspace, artifacts, outputs));
                    if (p != null) {
                        points.add(p);
                    }
                    ok = true;
                } catch (IllegalStateException | IllegalArgumentException | IOException e) {
                    System.out.println("[" + jobId + "] step failed: " + e.getMessage());
                    ok = false;
                }
            }
            boolean continueOnError = step.path("continue-on-error").asBoolean(false);
            steps.put(id, Map.of("outputs", Map.copyOf(outputs), "outcome", ok ? "success" : "failure"));
            failed |= !ok && !continueOnError;
        }
        Map<String, String> jobOutputs = substituted(job.path("outputs"), ctx, failed);
        return new Outcome(!failed, jobOutputs, Files.readString(summary), List.copyOf(points));
    }

    /** The job summary file and the runner's temporary folder of a job instance. */
    private record RunnerFiles(Path summary, Path temp) {
    }

    private boolean runScript(JsonNode step, Map<String, Object> ctx, boolean failed, Map<String, String> stepEnv,
                              RunnerFiles runner, Map<String, String> outputs, Map<String, String> env,
                              long limitMinutes) throws IOException, InterruptedException {
        Expressions ex = new Expressions(path -> resolve(ctx, path), failed);
        Path script = Files.createTempFile(runner.temp(), "step", ".sh");
        Files.writeString(script, ex.substitute(step.path("run").asText()), StandardCharsets.UTF_8);
        Path outputFile = Files.createTempFile(runner.temp(), "output", ".txt");
        Path envFile = Files.createTempFile(runner.temp(), "env", ".txt");
        Path dir = step.has("working-directory")
                ? workspace.resolve(ex.substitute(step.path("working-directory").asText())) : workspace;
        ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString())
                .directory(dir.toFile()).inheritIO();
        Map<String, String> penv = pb.environment();
        penv.putAll(stepEnv);
        penv.put("GITHUB_OUTPUT", outputFile.toString());
        penv.put("GITHUB_ENV", envFile.toString());
        penv.put("GITHUB_STEP_SUMMARY", runner.summary().toString());
        penv.put("GITHUB_WORKSPACE", workspace.toString());
        penv.put("RUNNER_TEMP", runner.temp().toString());
        penv.put("CI", "true");
        Process p = pb.start();
        if (!p.waitFor(limitMinutes, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            System.out.println("step timed out after " + limitMinutes + " minutes");
            return false;
        }
        outputs.putAll(keyValues(Files.readString(outputFile)));
        env.putAll(keyValues(Files.readString(envFile)));
        if (p.exitValue() != 0) {
            System.out.println("step failed with exit code " + p.exitValue());
        }
        return p.exitValue() == 0;
    }

    /** {@code name=value} lines and {@code name<<DELIMITER ... DELIMITER} blocks, as GitHub reads them. */
    static Map<String, String> keyValues(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int heredoc = line.indexOf("<<");
            int eq = line.indexOf('=');
            if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
                String delimiter = line.substring(heredoc + 2);
                StringBuilder value = new StringBuilder();
                int j = i + 1;
                while (j < lines.size() && !lines.get(j).equals(delimiter)) {
                    value.append(value.length() == 0 ? "" : "\n").append(lines.get(j++));
                }
                if (j == lines.size()) {
                    throw new IllegalStateException("output " + line + " is never closed by " + delimiter);
                }
                out.put(line.substring(0, heredoc), value.toString());
                i = j;
            } else if (eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1));
            } else if (!line.isBlank()) {
                throw new IllegalStateException("cannot read the output line: " + line);
            }
        }
        return out;
    }

    private static Map<String, String> substituted(JsonNode map, Map<String, Object> ctx, boolean failed) {
        Expressions ex = new Expressions(path -> resolve(ctx, path), failed);
        Map<String, String> out = new LinkedHashMap<>();
        Workflow.fields(map).forEach((k, v) -> out.put(k, ex.substitute(v.asText())));
        return out;
    }

    /** Follows a dotted path through nested maps; null when any part is missing. */
    static Object resolve(Map<String, Object> ctx, String path) {
        Object v = ctx;
        for (String part : path.split("\\.")) {
            if (!(v instanceof Map<?, ?> m)) {
                return null;
            }
            v = m.get(part);
        }
        return v;
    }
}
