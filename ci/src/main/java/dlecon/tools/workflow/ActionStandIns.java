package dlecon.tools.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Local stand-ins for the actions the course's workflows use. {@code actions/checkout} (of the workflow's own
 * repository), {@code actions/setup-java} and {@code actions/cache} do nothing: the rehearsal runs in a checkout with
 * a local JDK. {@code actions/upload-artifact} and {@code actions/download-artifact} copy folders through the run's
 * artifact folder (v4 semantics: a name is uploaded once; download by name, by pattern, or all, each into
 * {@code path/<name>} unless {@code merge-multiple}). {@code classroom-resources/autograding-grading-reporter}
 * decodes each runner's {@code <RUNNER>_RESULTS} (base64 JSON) and records its points, as the reporter sums them.
 * Any other action is refused: the rehearsal cannot stand in for it.
 */
final class ActionStandIns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ActionStandIns() {
    }

    /** Runs the stand-in of {@code uses}; returns the points of a Classroom report, else null. */
    static ClassroomPoints run(String uses, StepContext step) throws IOException {
        String action = uses.contains("@") ? uses.substring(0, uses.indexOf('@')) : uses;
        switch (action) {
            case "actions/checkout":
                if (!step.input("repository", "").isEmpty()) {
                    throw new UnsupportedOperationException("cannot check out another repository ("
                            + step.input("repository", "") + "): put its files into the workspace beforehand");
                }
                return null;
            case "actions/setup-java", "actions/cache":
                return null;
            case "actions/upload-artifact":
                upload(step);
                return null;
            case "actions/download-artifact":
                download(step);
                return null;
            case "classroom-resources/autograding-grading-reporter":
                return report(step);
            default:
                throw new UnsupportedOperationException("the rehearsal has no stand-in for the action " + uses);
        }
    }

    private static void upload(StepContext step) throws IOException {
        String name = step.input("name", "artifact");
        Path target = step.artifacts().resolve(name);
        if (Files.exists(target)) {
            throw new IllegalStateException("artifact " + name + " was already uploaded in this run");
        }
        List<String> paths = step.input("path", "").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("upload-artifact needs a path");
        }
        for (String p : paths) {
            Path source = step.workspace().resolve(p).normalize();
            if (!Files.exists(source)) {
                throw new IllegalStateException("upload-artifact: no files found at " + p);
            }
            copy(source, Files.isDirectory(source) ? target : target.resolve(source.getFileName()));
        }
    }

    private static void download(StepContext step) throws IOException {
        Path into = step.workspace().resolve(step.input("path", ".")).normalize();
        String name = step.input("name", "");
        String pattern = step.input("pattern", "*");
        boolean merge = Boolean.parseBoolean(step.input("merge-multiple", "false"));
        PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + (name.isEmpty() ? pattern : name));
        List<Path> found = new ArrayList<>();
        try (Stream<Path> s = Files.list(step.artifacts())) {
            s.filter(a -> glob.matches(a.getFileName())).sorted().forEach(found::add);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("download-artifact: no artifact matches " + (name.isEmpty() ? pattern : name));
        }
        for (Path a : found) {
            copy(a, !name.isEmpty() || merge ? into : into.resolve(a.getFileName()));
        }
    }

    private static ClassroomPoints report(StepContext step) throws IOException {
        double score = 0;
        double max = 0;
        List<String> runners = List.of(step.input("runners", "").split("\\s*,\\s*"));
        for (String r : runners) {
            String key = r.toUpperCase(Locale.ROOT) + "_RESULTS";
            String encoded = step.env().get(key);
            if (encoded == null || encoded.isEmpty()) {
                throw new IllegalStateException("the reporter finds no " + key + " for runner " + r);
            }
            JsonNode result = JSON.readTree(new String(Base64.getDecoder().decode(encoded.strip()),
                    StandardCharsets.UTF_8));
            max += result.path("max_score").asDouble();
            for (JsonNode t : result.path("tests")) {
                score += t.path("score").asDouble();
            }
        }
        System.out.printf(Locale.ROOT, "[classroom reporter] points %s / %s (runners %s)%n", score, max, runners);
        return new ClassroomPoints(score, max, runners);
    }

    private static void copy(Path source, Path target) throws IOException {
        try (Stream<Path> s = Files.walk(source)) {
            for (Path p : s.sorted().toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.createDirectories(t.getParent());
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
