package dlecon.grading.hostile;

import dlecon.grading.engine.FileTrees;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * One hostile submission: the reference's solution sources with the files of {@code fixtures/hostile/NAME/} laid
 * over them, and its expected outcome from {@code expected.properties}: {@code exercise} attacked, {@code control}
 * exercise that must keep full marks (E4 unless given), exercise {@code status}, a {@code reason} the console must
 * show, the tests that must score 0 ({@code zero}: comma-separated title parts, {@code *} for all, empty for none;
 * every other test of the attacked exercise must keep full marks), optional {@code memory} (MB of the test JVM
 * heap), {@code budget} (seconds of the submission's time budget) and {@code console} (another text the console
 * must show). {@code dedicated=true} marks fixtures with
 * their own test.
 */
record HostileFixture(String name, Path folder, Properties expected) {

    static final Path ROOT = Path.of(System.getProperty("dlecon.project.root", "..")).toAbsolutePath().normalize();
    static final Path FIXTURES = Path.of("src/test/resources/fixtures/hostile").toAbsolutePath();

    /** All fixtures of the data-driven test (dedicated ones left out), by name. */
    static List<HostileFixture> dataDriven() {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            return dirs.filter(Files::isDirectory).sorted().map(d -> named(d.getFileName().toString()))
                    .filter(f -> !f.dedicated()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HostileFixture named(String name) {
        Path dir = FIXTURES.resolve(name);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve("expected.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HostileFixture(name, dir, p);
    }

    String exercise() {
        return expected.getProperty("exercise", "E1");
    }

    String control() {
        return expected.getProperty("control", "E4");
    }

    /** Exercise status label as the reports print it, e.g. "refused", "compile error", "graded". */
    String statusLabel() {
        return expected.getProperty("status").toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    String reason() {
        return expected.getProperty("reason", "");
    }

    String console() {
        return expected.getProperty("console", "");
    }

    /** Text the attack tries to get into the reports, which neither the console nor summary.md may contain. */
    String absent() {
        return expected.getProperty("absent", "");
    }

    String attack() {
        return expected.getProperty("attack", name);
    }

    String memory() {
        return expected.getProperty("memory", "");
    }

    /** Seconds of the submission's time budget ({@code --budget}), or empty for the default. */
    String budget() {
        return expected.getProperty("budget", "");
    }

    boolean dedicated() {
        return Boolean.parseBoolean(expected.getProperty("dedicated", "false"));
    }

    /** True when the test titled {@code title} must score 0. */
    boolean mustScoreZero(String title) {
        String zero = expected.getProperty("zero", "").strip();
        if (zero.equals("*")) {
            return true;
        }
        return !zero.isEmpty() && Arrays.stream(zero.split(",")).map(String::strip).anyMatch(title::contains);
    }

    /**
     * True when the test titled {@code title} also calls the attacked method (with arguments it must accept) and so
     * must lose points, some or all: the attack's exception, crash or wrong value costs its cases there too.
     */
    boolean mustLosePoints(String title) {
        String touched = expected.getProperty("touched", "").strip();
        return !touched.isEmpty() && Arrays.stream(touched.split(",")).map(String::strip).anyMatch(title::contains);
    }

    /** The canary file that a file-writing version of this attack would create. */
    Path canary() {
        return Path.of("/tmp/dlecon-canary-" + name);
    }

    /** Writes the submission into {@code target}: the reference's solutions, then this fixture's files. */
    Path materialize(Path target) throws IOException {
        copyReference(target);
        FileTrees.copy(folder, target);
        Files.delete(target.resolve("expected.properties")); // the test's expectations are not part of the submission
        return target;
    }

    /** Writes the reference's solution sources into {@code target}, laid out like the student template. */
    static void copyReference(Path target) throws IOException {
        FileTrees.copy(ROOT.resolve("reference/src/main/java/dlecon/solution"),
                target.resolve("src/main/java/dlecon/solution"));
    }

    @Override
    public String toString() {
        return name;
    }
}
