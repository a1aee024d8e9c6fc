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
 * (workflow and job {@code env:} evaluated at the start, then what earlier steps wrote to {@code GITHUB_ENV}, then
 * the step's {@code env:}; plus {@code GITHUB_OUTPUT}, {@code GITHUB_ENV}, {@code GITHUB_STEP_SUMMARY},
 * {@code GITHUB_WORKSPACE}, {@code RUNNER_TEMP}, {@code CI}), a {@code run:} script in the workspace (or
 * {@code working-directory}) with GitHub's shells ({@code bash -e} by default, {@code bash --noprofile --norc -eo
 * pipefail} for {@code shell: bash}, {@code sh -e} for {@code shell: sh}), a {@code uses:} step through
 * {@link ActionStandIns}, then the step's outputs and the job's {@code outputs:}. {@code timeout-minutes} bounds the
 * whole job; a step that cannot be rehearsed fails with the reason.
 */
final class JobRunner {

    /** What a job instance left behind. */
    record Outcome(boolean success, Map<String, String> outputs, String summary, List<ClassroomPoints> points,
                   List<String> failures) {
    }

    /** The job summary file, the runner's temporary folder and the job's deadline (System.nanoTime). */
    private record RunnerFiles(Path summary, Path temp, long deadline) {
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
        RunnerFiles runner = new RunnerFiles(Files.createTempFile(scratch, "summary", ".md"), temp,
                System.nanoTime() + TimeUnit.MINUTES.toNanos(job.path("timeout-minutes").asLong(360)));
        env.putAll(substituted(workflow.root().path("env"), ctx, false));
        env.putAll(substituted(job.path("env"), ctx, false));
        boolean failed = false;
        List<ClassroomPoints> points = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (JsonNode step : job.path("steps")) {
            n++;
            String id = step.has("id") ? step.path("id").asText() : "step" + n;
            String title = step.path("name").asText(step.has("run") ? step.path("run").asText().lines().findFirst()
                    .orElse("") : step.path("uses").asText());
            if (!new Expressions(path -> resolve(ctx, path), failed).condition(step.path("if").asText(null))) {
                System.out.println("[" + jobId + "] skipped: " + title);
                steps.put(id, Map.of("outputs", Map.of(), "outcome", "skipped"));
                continue;
            }
            System.out.println("[" + jobId + "] " + title);
            Map<String, String> outputs = new LinkedHashMap<>();
            boolean ok;
            try {
                Map<String, String> stepEnv = new LinkedHashMap<>(env);
                stepEnv.putAll(substituted(step.path("env"), ctx, failed));
                if (step.has("run")) {
                    ok = runScript(step, ctx, failed, stepEnv, runner, outputs, env);
                } else {
                    ActionStandIns.run(step.path("uses").asText(), new StepContext(
                            substituted(step.path("with"), ctx, failed), stepEnv, workspace, artifacts, outputs, points));
                    ok = true;
                }
            } catch (RuntimeException | IOException e) {
                System.out.println("[" + jobId + "] step failed: " + e.getMessage());
                failures.add(jobId + ": " + title + ": " + e.getMessage());
                ok = false;
            }
            boolean continueOnError = step.path("continue-on-error").asBoolean(false);
            steps.put(id, Map.of("outputs", Map.copyOf(outputs), "outcome", ok ? "success" : "failure"));
            failed |= !ok && !continueOnError;
        }
        Map<String, String> jobOutputs = substituted(job.path("outputs"), ctx, failed);
        return new Outcome(!failed, jobOutputs, Files.readString(runner.summary()), List.copyOf(points),
                List.copyOf(failures));
    }

    private boolean runScript(JsonNode step, Map<String, Object> ctx, boolean failed, Map<String, String> stepEnv,
                              RunnerFiles runner, Map<String, String> outputs, Map<String, String> env)
            throws IOException, InterruptedException {
        Expressions ex = new Expressions(path -> resolve(ctx, path), failed);
        Path script = Files.createTempFile(runner.temp(), "step", ".sh");
        Files.writeString(script, ex.substitute(step.path("run").asText()), StandardCharsets.UTF_8);
        Path outputFile = Files.createTempFile(runner.temp(), "output", ".txt");
        Path envFile = Files.createTempFile(runner.temp(), "env", ".txt");
        Path dir = step.has("working-directory")
                ? workspace.resolve(ex.substitute(step.path("working-directory").asText())) : workspace;
        List<String> command = new ArrayList<>(shell(step.path("shell").asText("")));
        command.add(script.toString());
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).inheritIO();
        Map<String, String> penv = pb.environment();
        penv.putAll(stepEnv);
        penv.put("GITHUB_OUTPUT", outputFile.toString());
        penv.put("GITHUB_ENV", envFile.toString());
        penv.put("GITHUB_STEP_SUMMARY", runner.summary().toString());
        penv.put("GITHUB_WORKSPACE", workspace.toString());
        penv.put("RUNNER_TEMP", runner.temp().toString());
        penv.put("CI", "true");
        Process p = pb.start();
        long left = Math.max(0, runner.deadline() - System.nanoTime());
        if (!p.waitFor(left, TimeUnit.NANOSECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            System.out.println("the job reached its timeout-minutes");
            return false;
        }
        outputs.putAll(keyValues(Files.readString(outputFile)));
        env.putAll(keyValues(Files.readString(envFile)));
        if (p.exitValue() != 0) {
            System.out.println("step failed with exit code " + p.exitValue());
        }
        return p.exitValue() == 0;
    }

    /** GitHub's command for a {@code shell:} value on Linux (the script file is appended). */
    static List<String> shell(String shell) {
        return switch (shell) {
            case "" -> List.of("bash", "-e");
            case "bash" -> List.of("bash", "--noprofile", "--norc", "-eo", "pipefail");
            case "sh" -> List.of("sh", "-e");
            default -> throw new UnsupportedOperationException("shell: " + shell + " is not rehearsed");
        };
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
