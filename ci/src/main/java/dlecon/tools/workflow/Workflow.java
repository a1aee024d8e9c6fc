package dlecon.tools.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed workflow file: its {@code workflow_dispatch} input defaults, its {@code env} and its jobs in an order
 * that respects {@code needs} (a job after everything it needs; otherwise the file's order).
 *
 * @param file     where it was read from
 * @param root     the whole document
 * @param jobOrder the job ids in running order
 */
record Workflow(Path file, JsonNode root, List<String> jobOrder) {

    /** Reads and orders {@code file}. */
    static Workflow read(Path file) throws IOException {
        JsonNode root = new YAMLMapper().readTree(file.toFile());
        if (root == null || !root.path("jobs").isObject()) {
            throw new IllegalArgumentException(file + " has no jobs");
        }
        Map<String, JsonNode> jobs = fields(root.path("jobs"));
        List<String> order = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String id : jobs.keySet()) {
            visit(id, jobs, order, visiting);
        }
        return new Workflow(file, root, List.copyOf(order));
    }

    private static void visit(String id, Map<String, JsonNode> jobs, List<String> order, Set<String> visiting) {
        if (order.contains(id)) {
            return;
        }
        if (!jobs.containsKey(id)) {
            throw new IllegalArgumentException("a job needs the unknown job " + id);
        }
        if (!visiting.add(id)) {
            throw new IllegalArgumentException("jobs need each other in a cycle: " + visiting);
        }
        for (String need : needs(jobs.get(id))) {
            visit(need, jobs, order, visiting);
        }
        visiting.remove(id);
        order.add(id);
    }

    /** The job {@code id}. */
    JsonNode job(String id) {
        return root.path("jobs").path(id);
    }

    /** The ids a job needs ({@code needs:} as one id or a list). */
    static List<String> needs(JsonNode job) {
        JsonNode n = job.path("needs");
        List<String> out = new ArrayList<>();
        if (n.isTextual()) {
            out.add(n.asText());
        } else {
            n.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    /** The triggers ({@code on:} as one event, a list or a map). */
    List<String> triggers() {
        JsonNode on = root.has("on") ? root.path("on") : root.path("true");
        List<String> out = new ArrayList<>();
        if (on.isTextual()) {
            out.add(on.asText());
        } else if (on.isArray()) {
            on.forEach(x -> out.add(x.asText()));
        } else {
            on.fieldNames().forEachRemaining(out::add);
        }
        return out;
    }

    /** The {@code workflow_dispatch} inputs' defaults, overridden by {@code given}. */
    Map<String, Object> inputs(Map<String, String> given) {
        JsonNode on = root.has("on") ? root.path("on") : root.path("true");
        Map<String, Object> out = new LinkedHashMap<>();
        fields(on.path("workflow_dispatch").path("inputs")).forEach((k, v) -> {
            if (v.has("default")) {
                out.put(k, v.path("default").asText());
            }
        });
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (!out.containsKey(e.getKey()) && !on.path("workflow_dispatch").path("inputs").has(e.getKey())) {
                throw new IllegalArgumentException("the workflow has no input " + e.getKey());
            }
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** The fields of an object node in document order (empty for anything else). */
    static Map<String, JsonNode> fields(JsonNode node) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }
}
