package dlecon.tools.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ci/rehearse-workflow WORKFLOW [--workspace DIR] [--event E] [--actor A] [--scratch DIR]
 * [--input NAME=VALUE]...}: runs a
 * GitHub Actions workflow on this machine, jobs in {@code needs} order, every combination of a job's
 * {@code strategy.matrix} (literal lists or {@code fromJSON} of an earlier job's output) one after another, with the
 * run steps executed for real in the workspace and the actions replaced by {@link ActionStandIns}. What it cannot
 * reproduce: GitHub's runners and their images, parallel matrix jobs, secrets, checkouts of other repositories and
 * the services behind the actions (artifact storage, the Classroom API); those are refused or stood in for, and say so.
 */
public final class WorkflowRehearsal {

    /**
     * The outcome of a rehearsal.
     *
     * @param success   every job that ran succeeded
     * @param results   per job id: success, failure or skipped
     * @param summaries per job instance (e.g. "grade (shard=2)"), the job summary its steps wrote
     * @param points    what the Classroom reporter stand-in reported, in order
     * @param failures  steps that failed by an exception (an action that failed or cannot be rehearsed), with why
     */
    public record Result(boolean success, Map<String, String> results, Map<String, String> summaries,
                         List<ClassroomPoints> points, List<String> failures) {
    }

    private WorkflowRehearsal() {
    }

    /** Rehearses {@code workflowFile} in {@code workspace}; temporary files and artifacts go to {@code scratch}. */
    public static Result rehearse(Path workflowFile, Path workspace, String event, String actor,
                                  Map<String, String> inputs, Path scratch) throws IOException, InterruptedException {
        Workflow wf = Workflow.read(workflowFile);
        if (!wf.triggers().contains(event)) {
            throw new IllegalArgumentException(workflowFile + " does not run on " + event + " (it runs on "
                    + wf.triggers() + ")");
        }
        Path artifacts = Files.createDirectories(scratch.resolve("artifacts"));
        Map<String, Object> needs = new LinkedHashMap<>();
        Map<String, String> results = new LinkedHashMap<>();
        Map<String, String> summaries = new LinkedHashMap<>();
        List<ClassroomPoints> points = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, Object> github = Map.of("event_name", event, "actor", actor, "workspace", workspace.toString(),
                "repository", "local/rehearsal", "ref", "refs/heads/main");
        Map<String, Object> inputValues = wf.inputs(inputs);
        JobRunner runner = new JobRunner(wf, workspace, artifacts, scratch);
        for (String id : wf.jobOrder()) {
            JsonNode job = wf.job(id);
            boolean neededFailed = Workflow.needs(job).stream().anyMatch(n -> !"success".equals(results.get(n)));
            Map<String, Object> ctx = new LinkedHashMap<>(Map.of("inputs", inputValues, "github", github,
                    "needs", needs));
            Expressions ex = new Expressions(path -> JobRunner.resolve(ctx, path), neededFailed);
            if (!ex.condition(job.path("if").asText(null))) {
                System.out.println("== job " + id + ": skipped");
                results.put(id, "skipped");
                needs.put(id, Map.of("result", "skipped", "outputs", Map.of()));
                continue;
            }
            boolean ok = true;
            Map<String, String> outputs = new LinkedHashMap<>();
            for (Map<String, Object> combination : matrix(job, ex)) {
                String name = id + (combination.isEmpty() ? "" : " " + combination);
                System.out.println("== job " + name);
                Map<String, Object> instance = new LinkedHashMap<>(ctx);
                instance.put("matrix", combination);
                JobRunner.Outcome o = runner.run(id, instance);
                ok &= o.success();
                outputs.putAll(o.outputs());
                summaries.put(name, o.summary());
                points.addAll(o.points());
                failures.addAll(o.failures());
            }
            results.put(id, ok ? "success" : "failure");
            needs.put(id, Map.of("result", ok ? "success" : "failure", "outputs", Map.copyOf(outputs)));
        }
        boolean success = results.values().stream().noneMatch("failure"::equals);
        return new Result(success, results, summaries, points, failures);
    }

    /** Every combination of the job's matrix (one empty combination without a matrix). */
    static List<Map<String, Object>> matrix(JsonNode job, Expressions ex) {
        List<Map<String, Object>> combos = new ArrayList<>();
        combos.add(Map.of());
        for (Map.Entry<String, JsonNode> axis : Workflow.fields(job.path("strategy").path("matrix")).entrySet()) {
            if (axis.getKey().equals("include") || axis.getKey().equals("exclude")) {
                throw new UnsupportedOperationException("matrix include/exclude is not rehearsed");
            }
            List<Object> values = new ArrayList<>();
            if (axis.getValue().isArray()) {
                axis.getValue().forEach(v -> values.add(v.isNumber() ? v.numberValue() : v.asText()));
            } else {
                String text = axis.getValue().asText().strip();
                if (!text.startsWith("${{") || !text.endsWith("}}")) {
                    throw new IllegalArgumentException("matrix axis " + axis.getKey() + " is neither a list nor an "
                            + "expression: " + text);
                }
                Object v = ex.evaluate(text.substring(3, text.length() - 2));
                if (!(v instanceof List<?> list) || list.isEmpty()) {
                    throw new IllegalArgumentException("matrix axis " + axis.getKey() + " evaluates to " + v
                            + ", not a non-empty list");
                }
                values.addAll(list);
            }
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> c : combos) {
                for (Object v : values) {
                    Map<String, Object> m = new LinkedHashMap<>(c);
                    m.put(axis.getKey(), v);
                    next.add(m);
                }
            }
            combos = next;
        }
        return combos;
    }

    /** Command line; exit code 0 when every job succeeded, 1 when one failed, 2 for bad usage. */
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args[0].startsWith("-")) {
            System.err.println("usage: ci/rehearse-workflow WORKFLOW [--workspace DIR] [--event E] [--actor A]"
                    + " [--scratch DIR] [--input NAME=VALUE]...");
            System.exit(2);
        }
        Path workspace = Path.of(".").toAbsolutePath().normalize();
        String event = "workflow_dispatch";
        String actor = "rehearsal";
        Path scratch = null;
        Map<String, String> inputs = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--workspace" -> workspace = Path.of(args[i + 1]).toAbsolutePath().normalize();
                case "--event" -> event = args[i + 1];
                case "--actor" -> actor = args[i + 1];
                case "--scratch" -> scratch = Files.createDirectories(Path.of(args[i + 1]).toAbsolutePath());
                case "--input" -> inputs.put(args[i + 1].substring(0, Math.max(0, args[i + 1].indexOf('='))),
                        args[i + 1].substring(args[i + 1].indexOf('=') + 1));
                default -> {
                    System.err.println("error: unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (args.length % 2 == 0) {
            System.err.println("error: option " + args[args.length - 1] + " needs a value");
            System.exit(2);
        }
        if (scratch == null) {
            scratch = Files.createTempDirectory("rehearsal");
        }
        Result r;
        try {
            r = rehearse(Path.of(args[0]).toAbsolutePath(), workspace, event, actor, inputs, scratch);
        } catch (IllegalArgumentException | UnsupportedOperationException | IOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        r.summaries().forEach((job, text) -> {
            if (!text.isBlank()) {
                System.out.println("-- job summary of " + job + " --\n" + text.strip());
            }
        });
        System.out.println("== rehearsal of " + args[0] + ": " + r.results() + " (artifacts in " + scratch
                + "/artifacts)");
        System.exit(r.success() ? 0 : 1);
    }
}
