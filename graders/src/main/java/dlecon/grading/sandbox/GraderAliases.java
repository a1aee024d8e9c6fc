package dlecon.grading.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.SimpleRemapper;

/**
 * Random names for the grader classes, drawn afresh for every harness process, so that a submission cannot tell a
 * hidden test from a public one by the classes it sees: the graders' lambdas, anonymous classes and helpers passed
 * to it report their class through {@code getClass().getName()} and {@code toString()}, and the public suites'
 * names are known to students. Every class of {@code dlecon.graders} (suites and helpers, nested classes too) is
 * renamed in its package to {@code G} and 12 random hex digits (ASM's {@link ClassRemapper} rewrites every
 * reference), into a jar of its own; the harness translates the tests' unique ids to the aliases before a test JVM
 * runs them and every line the JVM reports back to the real names, so reports never show an alias and stay the same
 * from one regrade to the next. The random names come from {@link java.security.SecureRandom}: they are not
 * derived from the salt, so a submission cannot learn them from one run and use them in the next (a batch grades its
 * students under the same names; their runs share no channel that could carry them from one student to another).
 */
public final class GraderAliases {

    /** Where the graders live (internal form). */
    static final String GRADERS = "dlecon/graders/";
    private static final Pattern REAL = Pattern.compile("dlecon\\.graders\\.e\\d+\\.[A-Za-z0-9_$]+");
    private static final Pattern ALIAS = Pattern.compile("dlecon\\.graders\\.e\\d+\\.G[0-9a-f]{12}(\\$G[0-9a-f]{12})*");
    /** Random bytes per name: 48 bits, so names never repeat within a run and cannot be guessed. */
    private static final int NAME_BYTES = 6;

    /** The renamed graders of this harness process, by the class path entry they come from. */
    private static final Map<Path, GraderAliases> OF_THIS_HARNESS = new HashMap<>();

    private final Path jar;
    private final Map<String, String> toAlias;
    private final Map<String, String> toReal;

    private GraderAliases(Path jar, Map<String, String> toAlias) {
        this.jar = jar;
        this.toAlias = Map.copyOf(toAlias);
        Map<String, String> back = new HashMap<>();
        toAlias.forEach((real, alias) -> back.put(alias, real));
        this.toReal = Map.copyOf(back);
    }

    /** The jar of renamed grader classes (appended to the test JVMs' class path). */
    public Path jar() {
        return jar;
    }

    /**
     * The renamed graders of {@code graderJar} for this harness process: drawn on first use (about 0.2 s) into a
     * folder of their own, readable by the test JVMs' users and deleted when the harness exits.
     */
    static synchronized GraderAliases ofThisHarness(Path graderJar) {
        GraderAliases a = OF_THIS_HARNESS.get(graderJar);
        if (a == null) {
            try {
                Path dir = Files.createTempDirectory("dlecon-aliases-");
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> TestRuntime.deleteTree(dir),
                        "dlecon-aliases-cleanup"));
                a = write(graderJar, dir, new SecureRandom());
                OF_THIS_HARNESS.put(graderJar, a);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the renamed graders: " + e.getMessage(), e);
            }
        }
        return a;
    }

    /**
     * Writes the renamed graders of {@code graderJar} into {@code folder}.
     *
     * @param graderJar the harness's jar or classes folder that holds {@code dlecon/graders/}
     */
    public static GraderAliases write(Path graderJar, Path folder, RandomGenerator random) {
        try {
            Map<String, byte[]> classes = read(graderJar);
            Map<String, String> internal = new LinkedHashMap<>();
            Map<String, String> segments = new HashMap<>();
            for (String name : classes.keySet()) {
                if (!name.endsWith("/package-info")) {
                    internal.put(name, alias(name, segments, random));
                }
            }
            Path jar = folder.resolve("graders-" + HexFormat.of().formatHex(bytes(random)) + ".jar");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
                SimpleRemapper remapper = new SimpleRemapper(internal);
                for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                    ClassWriter w = new ClassWriter(0);
                    new ClassReader(c.getValue()).accept(new ClassRemapper(w, remapper), 0);
                    out.putNextEntry(new ZipEntry(internal.getOrDefault(c.getKey(), c.getKey()) + ".class"));
                    out.write(w.toByteArray());
                    out.closeEntry();
                }
            }
            Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
            Map<String, String> binary = new HashMap<>();
            internal.forEach((real, alias) -> binary.put(real.replace('/', '.'), alias.replace('/', '.')));
            return new GraderAliases(jar, binary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the renamed graders: " + e.getMessage(), e);
        }
    }

    /** {@code text} (a test's unique id) with every grader class name replaced by its alias. */
    public String alias(String text) {
        return replace(text, REAL, toAlias);
    }

    /** {@code text} (a line a test JVM reported) with every alias replaced by the real class name. */
    public String real(String text) {
        return replace(text, ALIAS, toReal);
    }

    private static String replace(String text, Pattern names, Map<String, String> map) {
        Matcher m = names.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(map.getOrDefault(m.group(), m.group())));
        }
        return m.appendTail(out).toString();
    }

    /** The alias of an internal name: the package kept, each segment of the nested name replaced. */
    private static String alias(String internal, Map<String, String> segments, RandomGenerator random) {
        int slash = internal.lastIndexOf('/');
        String[] parts = internal.substring(slash + 1).split("\\$", -1);
        StringBuilder alias = new StringBuilder(internal.substring(0, slash + 1));
        String path = internal.substring(0, slash + 1);
        for (int i = 0; i < parts.length; i++) {
            path += (i == 0 ? "" : "$") + parts[i];
            String seg = segments.computeIfAbsent(path, p -> "G" + HexFormat.of().formatHex(bytes(random)));
            alias.append(i == 0 ? "" : "$").append(seg);
        }
        return alias.toString();
    }

    private static byte[] bytes(RandomGenerator random) {
        byte[] b = new byte[NAME_BYTES];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) random.nextInt(256);
        }
        return b;
    }

    /** The class files under {@link #GRADERS} of a jar or classes folder, by internal name. */
    private static Map<String, byte[]> read(Path entry) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        if (Files.isDirectory(entry)) {
            Path root = entry.resolve(GRADERS);
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                        String name = entry.relativize(f).toString().replace('\\', '/');
                        out.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(f));
                    }
                }
            }
            return out;
        }
        try (InputStream raw = Files.newInputStream(entry); ZipInputStream in = new ZipInputStream(raw)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().startsWith(GRADERS) && e.getName().endsWith(".class")) {
                    out.put(e.getName().substring(0, e.getName().length() - ".class".length()), in.readAllBytes());
                }
            }
        }
        return out;
    }
}
