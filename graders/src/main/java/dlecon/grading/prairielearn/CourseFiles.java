package dlecon.grading.prairielearn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dlecon.api.Exercise;
import dlecon.grading.hosted.LibraryJar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The files an instructor copies into a PrairieLearn course repository:
 * <ul>
 *   <li>{@code serverFilesCourse/dlecon-grader/run} (the entrypoint, mode 0755) and {@code lib/NN-name.jar}, the
 *       grader's runtime class path ({@link LibraryJar}: no mutant definitions, the reference refused);</li>
 *   <li>{@code questions/dlecon/e1} to {@code e7} and {@code questions/dlecon/all}: {@code info.json} (external
 *       grading in the public image {@value #IMAGE}, which has the JDK's compiler, the entrypoint with
 *       {@code --exercise}, {@value #TIMEOUT} s, no network; a UUID derived from the folder name, so a rebuild keeps
 *       it) and {@code question.html} (a file upload of Java files or a zip, and the grader's results).</li>
 * </ul>
 */
public final class CourseFiles {

    /** The grading container's image: Eclipse Temurin's JDK 17 (Docker Hub), with {@code javac}'s module. */
    public static final String IMAGE = "eclipse-temurin:17-jdk";
    /** PrairieLearn's largest external grading timeout, in seconds. */
    public static final int TIMEOUT = 600;
    /** The folder below {@code serverFilesCourse}. */
    public static final String GRADER = "dlecon-grader";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path run;
    private final List<Path> classPath;

    /**
     * @param run       the entrypoint script ({@code ci/prairielearn/run})
     * @param classPath the grader's runtime class path, in order
     */
    public CourseFiles(Path run, List<Path> classPath) {
        this.run = run;
        this.classPath = List.copyOf(classPath);
    }

    /**
     * Writes the course files below {@code out} (created; files of the same names replaced).
     *
     * @return the written files, relative to {@code out}
     * @throws IllegalStateException when the entrypoint is missing or a class path entry is refused
     */
    public List<String> write(Path out) throws IOException {
        if (!Files.isRegularFile(run, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalStateException("missing entrypoint script " + run);
        }
        List<LibraryJar> jars = new ArrayList<>();
        for (Path entry : classPath) {
            jars.add(LibraryJar.of(jars.size(), entry));
        }
        List<String> written = new ArrayList<>();
        Path grader = out.resolve("serverFilesCourse").resolve(GRADER);
        Files.createDirectories(grader.resolve("lib"));
        Path script = grader.resolve("run");
        Files.write(script, Files.readAllBytes(run));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        written.add(out.relativize(script).toString());
        for (LibraryJar j : jars) {
            Path jar = Files.write(grader.resolve("lib").resolve(j.name()), j.bytes());
            written.add(out.relativize(jar).toString());
        }
        for (Exercise e : Exercise.values()) {
            written.addAll(question(out, e.name().toLowerCase(Locale.ROOT), e.name() + " " + e.title(),
                    List.of(e), "--exercise " + e.name()));
        }
        written.addAll(question(out, "all", "All exercises (E1 to E7)", List.of(Exercise.values()), ""));
        return written;
    }

    private static List<String> question(Path out, String folder, String title, List<Exercise> exercises,
                                         String args) throws IOException {
        Path dir = Files.createDirectories(out.resolve("questions").resolve("dlecon").resolve(folder));
        ObjectNode info = JSON.createObjectNode();
        info.put("uuid", UUID.nameUUIDFromBytes(("dlecon-grader/questions/dlecon/" + folder)
                .getBytes(StandardCharsets.UTF_8)).toString());
        info.put("title", title);
        info.put("topic", "Deep learning for dynamic economic models");
        info.putArray("tags").add("dlecon").add(folder);
        info.put("type", "v3");
        info.put("singleVariant", true);
        info.put("gradingMethod", "External");
        ObjectNode ext = info.putObject("externalGradingOptions");
        ext.put("image", IMAGE);
        ext.putArray("serverFilesCourse").add(GRADER + "/");
        ext.put("entrypoint", ("/grade/serverFilesCourse/" + GRADER + "/run " + args).strip());
        ext.put("timeout", TIMEOUT);
        Path infoFile = Files.writeString(dir.resolve("info.json"), JSON.writeValueAsString(info) + "\n");
        String packages = String.join(", ", exercises.stream().map(e -> "<code>dlecon/solution/"
                + e.name().toLowerCase(Locale.ROOT) + "/</code>").toList());
        String html = """
                <pl-question-panel>
                  <p>%s: upload the Java files of %s (each file's <code>package</code> line says where it belongs),
                  or one zip of your repository. The grader compiles them, checks them and runs the course's tests,
                  public and hidden; a submission where nothing compiles uses no attempt.</p>
                </pl-question-panel>

                <pl-file-upload optional-file-patterns="*.java,*.zip"></pl-file-upload>

                <pl-submission-panel>
                  <pl-external-grader-results></pl-external-grader-results>
                  <pl-file-preview></pl-file-preview>
                </pl-submission-panel>
                """.formatted(title, packages);
        Path htmlFile = Files.writeString(dir.resolve("question.html"), html);
        return List.of(out.relativize(infoFile).toString(), out.relativize(htmlFile).toString());
    }
}
