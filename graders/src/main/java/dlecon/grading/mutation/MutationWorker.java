package dlecon.grading.mutation;

import dlecon.api.Exercise;
import dlecon.grading.api.GradingExtension;
import dlecon.grading.api.SafeText;
import dlecon.grading.compile.CompileResult;
import dlecon.grading.compile.SourceCompiler;
import dlecon.grading.engine.FileTrees;
import dlecon.grading.runner.JupiterLauncher;
import java.io.BufferedReader;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * A worker JVM of the mutation analysis: compiles one mutant at a time and runs grader tests against it in-process,
 * each test loading the mutant's classes in a fresh child-first class loader (as in a grading test JVM). Commands
 * arrive on standard input and answers leave on the original standard output, one tab-separated line each; the
 * tests' own output goes to standard error. A mutant that hangs or exhausts memory is the coordinator's to handle:
 * it kills this JVM and starts another.
 *
 * <pre>
 * INIT  salt  scratch-dir  api-class-path
 * BASE  exercise  classes-dir                    (the reference's compiled classes of an exercise)
 * TESTS exercise  uses(E3,E4 or -)  id  id ...   (the exercise's planned tests)
 * RUN   exercise  source-file|-  whole(0|1)  order(i,j,...)  -> [COMPILED ok message]  (START i, END i PASS|FAIL ms
 *                                                               message)...  DONE
 * </pre>
 */
public final class MutationWorker {

    static final String INIT = "INIT";
    static final String BASE = "BASE";
    static final String TESTS = "TESTS";
    static final String RUN = "RUN";
    static final String COMPILED = "COMPILED";
    static final String START = "START";
    static final String END = "END";
    static final String DONE = "DONE";
    static final String PASS = "PASS";
    static final String FAIL = "FAIL";

    private final PrintStream answers;
    private final Launcher launcher = JupiterLauncher.create();
    private final Map<Exercise, Path> base = new EnumMap<>(Exercise.class);
    private final Map<Exercise, List<String>> tests = new EnumMap<>(Exercise.class);
    private final Map<Exercise, List<Exercise>> uses = new EnumMap<>(Exercise.class);
    private final Map<Exercise, SourceCompiler> singleFile = new EnumMap<>(Exercise.class);
    private long salt;
    private Path scratch;
    private List<Path> apiClassPath = List.of();
    private SourceCompiler wholeExercise;
    private int runs;

    private MutationWorker(PrintStream answers) {
        this.answers = answers;
    }

    /** Serves commands until standard input ends. */
    public static void main(String[] args) throws IOException {
        PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err); // tests and their libraries print to the log, never into the answers
        MutationWorker w = new MutationWorker(answers);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            try {
                w.serve(line.split("\t", -1));
            } catch (OutOfMemoryError e) {
                answers.println(String.join("\t", END, "-1", FAIL, "0", "out of memory"));
                answers.println(DONE);
                Runtime.getRuntime().halt(3); // the heap may be unusable: the coordinator starts a fresh worker
            }
        }
        Runtime.getRuntime().halt(0);
    }

    private void serve(String[] c) throws IOException {
        switch (c[0]) {
            case INIT -> {
                salt = Long.parseLong(c[1]);
                scratch = Path.of(c[2]);
                apiClassPath = c[3].isEmpty() ? List.of() : List.of(c[3].split(File.pathSeparator)).stream()
                        .map(Path::of).toList();
                wholeExercise = new SourceCompiler(apiClassPath);
            }
            case BASE -> base.put(Exercise.valueOf(c[1]), Path.of(c[2]));
            case TESTS -> {
                Exercise e = Exercise.valueOf(c[1]);
                uses.put(e, c[2].equals("-") ? List.of() : List.of(c[2].split(",")).stream().map(Exercise::valueOf)
                        .toList());
                tests.put(e, List.of(c).subList(3, c.length));
            }
            case RUN -> run(Exercise.valueOf(c[1]), c[2].equals("-") ? null : Path.of(c[2]), c[3].equals("1"),
                    c[4]);
            default -> throw new IllegalArgumentException("unknown command " + c[0]);
        }
    }

    private void run(Exercise e, Path source, boolean whole, String order) throws IOException {
        Path out = scratch.resolve("classes-" + (++runs));
        try {
            List<String> dirs = new ArrayList<>();
            if (source != null) {
                CompileResult r = compile(e, source, whole, out);
                if (!r.ok()) {
                    answers.println(String.join("\t", COMPILED, "0", oneLine(String.join("; ", r.diagnostics()))));
                    answers.println(DONE);
                    return;
                }
                answers.println(String.join("\t", COMPILED, "1", ""));
                dirs.add(out.toString());
            }
            if (source == null || !whole) {
                dirs.add(base.get(e).toString());
            }
            for (Exercise u : uses.get(e)) {
                dirs.add(base.get(u).toString());
            }
            String classes = String.join(File.pathSeparator, dirs);
            for (String index : order.split(",")) {
                int i = Integer.parseInt(index);
                answers.println(String.join("\t", START, index));
                long t = System.nanoTime();
                String failure = runTest(tests.get(e).get(i), classes);
                answers.println(String.join("\t", END, index, failure == null ? PASS : FAIL,
                        Long.toString((System.nanoTime() - t) / 1_000_000), failure == null ? "" : oneLine(failure)));
                if (failure != null && source != null) {
                    break;
                }
            }
            answers.println(DONE);
        } finally {
            FileTrees.delete(out);
        }
    }

    /** The mutated file alone against the reference's classes, or the whole exercise with the mutated file. */
    private CompileResult compile(Exercise e, Path source, boolean whole, Path out) throws IOException {
        if (!whole) {
            SourceCompiler javac = singleFile.computeIfAbsent(e, k -> {
                List<Path> cp = new ArrayList<>(apiClassPath);
                cp.add(base.get(k));
                return new SourceCompiler(cp);
            });
            return javac.compile(scratch, List.of(source), out);
        }
        List<Path> sources = new ArrayList<>();
        sources.add(source);
        Path reference = source.getParent(); // the coordinator puts the other files of the exercise beside it
        try (var files = Files.list(reference)) {
            files.filter(p -> p.toString().endsWith(".java") && !p.equals(source)).sorted().forEach(sources::add);
        }
        return wholeExercise.compile(scratch, sources, out);
    }

    /** Runs one test; null when it passed, else what went wrong. */
    private String runTest(String id, String classes) {
        String[] failure = {"the test did not run"};
        launcher.execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectUniqueId(id))
                .configurationParameter(GradingExtension.SALT, Long.toString(salt))
                .configurationParameter(GradingExtension.CLASSES, classes)
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .enableImplicitConfigurationParameters(false)
                .build(), new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier t, TestExecutionResult r) {
                        if (t.isTest()) {
                            failure[0] = r.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? null
                                    : r.getThrowable().map(SafeText::describe).orElse(r.getStatus().toString());
                        }
                    }
                });
        return failure[0];
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 300 ? t.substring(0, 300) + " ..." : t;
    }
}
