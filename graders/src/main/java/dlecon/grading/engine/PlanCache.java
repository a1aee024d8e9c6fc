package dlecon.grading.engine;

import dlecon.api.Exercise;
import dlecon.grading.api.Visibility;
import dlecon.grading.compile.ClassCache;
import dlecon.grading.compile.ContentHash;
import dlecon.grading.compile.SourceCompiler;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Test plans kept on disk, so a grade does not discover the grader suites with JUnit each time (half a second on 2
 * cores), and in memory for the run (a batch). A plan is kept under the SHA-256 of the content of the build that discovers it and of the one that holds
 * the suites, the package and the visibility: a rebuilt grader is a new key. Kept in a folder private to the
 * harness's user ({@link ClassCache#privateFolder}); the harness only uses it where test JVMs cannot write it.
 */
final class PlanCache {

    private static final String FORMAT = "dlecon plan cache 2";

    private final Path folder;
    /** Plans this run has made or read: a batch plans each exercise once, with or without the folder. */
    private final java.util.Map<String, List<PlannedTest>> known = new java.util.concurrent.ConcurrentHashMap<>();
    private TestPlanner planner;

    private PlanCache(Path folder) {
        this.folder = folder;
    }

    /**
     * Plans kept in {@code cacheFolder}/plans, or every plan discovered when {@code cacheFolder} is null or unusable.
     */
    static PlanCache at(Path cacheFolder) {
        return new PlanCache(cacheFolder == null ? null : ClassCache.privateFolder(cacheFolder, "plans"));
    }

    /** The planner, made on first use: a plan read from the cache loads no JUnit class in the harness. */
    private synchronized TestPlanner planner() {
        if (planner == null) {
            planner = new TestPlanner();
        }
        return planner;
    }

    /** The plan of {@code exercise}'s suites in {@code graderPackage} (see {@link TestPlanner#plan}). */
    List<PlannedTest> plan(Exercise exercise, String graderPackage, boolean includeHidden) {
        return known.computeIfAbsent(exercise + "|" + graderPackage + "|" + includeHidden,
                k -> planOnce(exercise, graderPackage, includeHidden));
    }

    private List<PlannedTest> planOnce(Exercise exercise, String graderPackage, boolean includeHidden) {
        String key = folder == null ? null : key(exercise, graderPackage, includeHidden);
        if (key == null) {
            return planner().plan(exercise, graderPackage, includeHidden);
        }
        Path file = folder.resolve(key + ".plan");
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                return read(in);
            } catch (IOException | RuntimeException e) {
                // unreadable: discovered again and rewritten
            }
        }
        List<PlannedTest> plan = planner().plan(exercise, graderPackage, includeHidden);
        try {
            Path tmp = Files.createTempFile(folder, "tmp-", ".plan");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                write(plan, out);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // not kept: the next grade discovers it again
        }
        return plan;
    }

    /** Writes a plan field by field (the harness loads no JSON library for it: that alone costs 0.2 s). */
    private static void write(List<PlannedTest> plan, DataOutputStream out) throws IOException {
        out.writeInt(plan.size());
        for (PlannedTest t : plan) {
            out.writeUTF(t.exercise().name());
            out.writeUTF(t.id());
            out.writeUTF(t.title());
            out.writeUTF(t.visibility().name());
            out.writeDouble(t.points());
            out.writeUTF(t.category());
            out.writeUTF(t.hint());
            out.writeInt(t.timeoutSeconds());
            out.writeUTF(t.task());
            out.writeInt(t.uses().size());
            for (Exercise u : t.uses()) {
                out.writeUTF(u.name());
            }
        }
    }

    private static List<PlannedTest> read(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<PlannedTest> plan = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Exercise e = Exercise.valueOf(in.readUTF());
            String id = in.readUTF();
            String title = in.readUTF();
            Visibility visibility = Visibility.valueOf(in.readUTF());
            double points = in.readDouble();
            String category = in.readUTF();
            String hint = in.readUTF();
            int timeout = in.readInt();
            String task = in.readUTF();
            List<Exercise> uses = new ArrayList<>();
            for (int k = in.readInt(); k > 0; k--) {
                uses.add(Exercise.valueOf(in.readUTF()));
            }
            plan.add(new PlannedTest(e, id, title, visibility, points, category, hint, timeout, task, uses));
        }
        return List.copyOf(plan);
    }

    /** The key, or null when the suites' build cannot be located (then the plan is discovered). */
    private static String key(Exercise exercise, String graderPackage, boolean includeHidden) {
        URL suites = PlanCache.class.getClassLoader().getResource(graderPackage.replace('.', '/'));
        Path holder = holder(suites);
        if (holder == null) {
            return null;
        }
        var md = ContentHash.sha256();
        md.update((FORMAT + "|" + System.getProperty("java.vm.version") + "|" + exercise + "|" + graderPackage + "|"
                + includeHidden + "|" + ContentHash.of(SourceCompiler.locationOf(TestPlanner.class)) + "|"
                + ContentHash.of(holder)).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    /** The jar, or the package folder, that a package resource URL points into; null for anything else. */
    private static Path holder(URL resource) {
        if (resource == null) {
            return null;
        }
        try {
            return switch (resource.getProtocol()) {
                case "file" -> Path.of(resource.toURI());
                case "jar" -> {
                    String s = resource.getPath(); // file:/x/y.jar!/dlecon/graders/e1
                    yield Path.of(new URL(s.substring(0, s.indexOf("!/"))).toURI());
                }
                default -> null;
            };
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return null;
        }
    }

}
