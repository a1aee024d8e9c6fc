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
 * artifact folder (v4 semantics: one path; a name is uploaded once; {@code if-no-files-found} warn by default;
 * hidden files only with {@code include-hidden-files}; download by exact name into {@code path}, or by pattern (or
 * all), each into {@code path/<name>} unless {@code merge-multiple}, no match being only a warning).
 * {@code classroom-resources/autograding-grading-reporter} decodes each runner's {@code <RUNNER>_RESULTS} (base64
 * JSON), records the points as the reporter sums them, and fails the step when a runner did not pass.
 * Any other action is refused: the rehearsal cannot stand in for it.
 */
final class ActionStandIns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ActionStandIns() {
    }

    /** Runs the stand-in of {@code uses}; a failure of the action is an exception with its message. */
    static void run(String uses, StepContext step) throws IOException {
        String action = uses.contains("@") ? uses.substring(0, uses.indexOf('@')) : uses;
        switch (action) {
            case "actions/checkout":
                if (!step.input("repository", "").isEmpty()) {
                    throw new UnsupportedOperationException("cannot check out another repository ("
                            + step.input("repository", "") + "): put its files into the workspace beforehand");
                }
                return;
            case "actions/setup-java", "actions/cache":
                return;
            case "actions/upload-artifact":
                upload(step);
                return;
            case "actions/download-artifact":
                download(step);
                return;
            case "classroom-resources/autograding-grading-reporter":
                report(step);
                return;
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
        if (paths.size() != 1) {
            throw new UnsupportedOperationException("upload-artifact with " + paths.size() + " paths is not rehearsed");
        }
        Path source = step.workspace().resolve(paths.get(0)).normalize();
        if (!Files.exists(source)) {
            String mode = step.input("if-no-files-found", "warn");
            if (mode.equals("error")) {
                throw new IllegalStateException("upload-artifact: no files found at " + paths.get(0));
            }
            if (mode.equals("warn")) {
                System.out.println("[upload-artifact] warning: no files found at " + paths.get(0) + ", nothing uploaded");
            }
            return;
        }
        boolean hidden = Boolean.parseBoolean(step.input("include-hidden-files", "false"));
        copy(source, Files.isDirectory(source) ? target : target.resolve(source.getFileName()), hidden);
    }

    private static void download(StepContext step) throws IOException {
        Path into = step.workspace().resolve(step.input("path", ".")).normalize();
        String name = step.input("name", "");
        if (!name.isEmpty()) {
            Path artifact = step.artifacts().resolve(name);
            if (!Files.isDirectory(artifact)) {
                throw new IllegalStateException("download-artifact: artifact " + name + " not found");
            }
            copy(artifact, into, true);
            return;
        }
        PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + step.input("pattern", "*"));
        boolean merge = Boolean.parseBoolean(step.input("merge-multiple", "false"));
        List<Path> found = new ArrayList<>();
        try (Stream<Path> s = Files.list(step.artifacts())) {
            s.filter(a -> glob.matches(a.getFileName())).sorted().forEach(found::add);
        }
        if (found.isEmpty()) {
            System.out.println("[download-artifact] no artifact matches " + step.input("pattern", "*"));
        }
        for (Path a : found) {
            copy(a, merge ? into : into.resolve(a.getFileName()), true);
        }
    }

    /**
     * Sums the runners' points as the reporter does (runners with max_score 0 are left out) and fails, as it does,
     * when a runner's status is not "pass".
     */
    private static void report(StepContext step) throws IOException {
        double score = 0;
        double max = 0;
        List<String> runners = List.of(step.input("runners", "").split("\\s*,\\s*"));
        List<String> notPassed = new ArrayList<>();
        for (String r : runners) {
            String key = r.toUpperCase(Locale.ROOT) + "_RESULTS";
            String encoded = step.env().get(key);
            if (encoded == null || encoded.isEmpty()) {
                throw new IllegalStateException("the reporter finds no " + key + " for runner " + r);
            }
            JsonNode result = JSON.readTree(new String(Base64.getDecoder().decode(encoded.strip()),
                    StandardCharsets.UTF_8));
            if (!result.path("status").asText().equals("pass")) {
                notPassed.add(r + " (" + result.path("status").asText() + ")");
            }
            if (result.path("max_score").asDouble() == 0) {
                continue;
            }
            max += result.path("max_score").asDouble();
            for (JsonNode t : result.path("tests")) {
                score += t.path("score").asDouble();
            }
        }
        System.out.printf(Locale.ROOT, "[classroom reporter] points %s / %s (runners %s)%n", score, max, runners);
        step.reported().add(new ClassroomPoints(score, max, runners));
        if (!notPassed.isEmpty()) {
            throw new IllegalStateException("the reporter marks the job failed: runners " + notPassed);
        }
    }

    /** Copies a file tree; hidden files and folders (names starting with '.') only when {@code hidden}. */
    private static void copy(Path source, Path target, boolean hidden) throws IOException {
        try (Stream<Path> s = Files.walk(source)) {
            for (Path p : s.sorted().toList()) {
                Path rel = source.relativize(p);
                boolean isHidden = false;
                for (Path part : rel) {
                    isHidden |= part.toString().startsWith(".");
                }
                if (isHidden && !hidden) {
                    continue;
                }
                Path t = target.resolve(rel.toString());
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
