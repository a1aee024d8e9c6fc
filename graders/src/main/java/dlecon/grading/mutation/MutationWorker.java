package dlecon.grading.mutation;

import dlecon.api.Exercise;
import dlecon.grading.api.GradingExtension;
import dlecon.grading.api.SafeText;
import dlecon.grading.runner.JupiterLauncher;
import java.io.BufferedReader;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
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
 * A worker JVM of the mutation analysis: runs grader tests in-process against one mutant's compiled classes at a
 * time, each test loading them in a fresh child-first class loader (as in a grading test JVM), on a thread of its own
 * whose CPU time it watches. Commands arrive on standard input and answers leave on the original standard output, one
 * tab-separated line each; the tests' own output goes to standard error. A test over its CPU budget is answered as a
 * timeout and the worker then exits (the looping thread cannot be stopped); the coordinator starts a fresh one.
 *
 * <pre>
 * INIT  salt
 * BASE  exercise  classes-dir                   (the reference's compiled classes of an exercise)
 * TESTS exercise  uses(E3,E4 or -)  id  id ...  (the exercise's planned tests)
 * RUN   exercise  mutant-classes|-  whole(0|1)  i:budget-ms,j:budget-ms,...
 *       -> (START i, END i PASS|FAIL|TIMEOUT cpu-ms wall-ms message)...  DONE
 * </pre>
 * With {@code whole = 1} the mutant's classes replace the exercise's reference classes, else they come first.
 */
public final class MutationWorker {

    static final String INIT = "INIT";
    static final String BASE = "BASE";
    static final String TESTS = "TESTS";
    static final String RUN = "RUN";
    static final String START = "START";
    static final String END = "END";
    static final String DONE = "DONE";
    static final String PASS = "PASS";
    static final String FAIL = "FAIL";
    static final String TIMEOUT = "TIMEOUT";

    /** How often a running test's CPU time is looked at. */
    private static final long WATCH_MS = 10;

    private final PrintStream answers;
    private final Launcher launcher = JupiterLauncher.create();
    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    private final Map<Exercise, String> base = new EnumMap<>(Exercise.class);
    private final Map<Exercise, List<String>> tests = new EnumMap<>(Exercise.class);
    private final Map<Exercise, List<Exercise>> uses = new EnumMap<>(Exercise.class);
    private long salt;

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
            w.serve(line.split("\t", -1));
        }
        Runtime.getRuntime().halt(0);
    }

    private void serve(String[] c) {
        switch (c[0]) {
            case INIT -> salt = Long.parseLong(c[1]);
            case BASE -> base.put(Exercise.valueOf(c[1]), c[2]);
            case TESTS -> {
                Exercise e = Exercise.valueOf(c[1]);
                uses.put(e, c[2].equals("-") ? List.of() : List.of(c[2].split(",")).stream().map(Exercise::valueOf)
                        .toList());
                tests.put(e, List.of(c).subList(3, c.length));
            }
            case RUN -> run(Exercise.valueOf(c[1]), c[2].equals("-") ? null : c[2], c[3].equals("1"), c[4]);
            default -> throw new IllegalArgumentException("unknown command " + c[0]);
        }
    }

    private void run(Exercise e, String mutant, boolean whole, String order) {
        List<String> dirs = new ArrayList<>();
        if (mutant != null) {
            dirs.add(mutant);
        }
        if (mutant == null || !whole) {
            dirs.add(base.get(e));
        }
        for (Exercise u : uses.get(e)) {
            dirs.add(base.get(u));
        }
        String classes = String.join(File.pathSeparator, dirs);
        for (String item : order.split(",")) {
            String[] f = item.split(":");
            int i = Integer.parseInt(f[0]);
            answers.println(String.join("\t", START, f[0]));
            Outcome o = runWatched(tests.get(e).get(i), classes, Long.parseLong(f[1]));
            answers.println(String.join("\t", END, f[0], o.verdict, Long.toString(o.cpuMillis),
                    Long.toString(o.wallMillis), o.message));
            if (o.verdict.equals(TIMEOUT) || o.message.startsWith(OutOfMemoryError.class.getName())) {
                answers.println(DONE);
                // a looping test thread cannot be stopped, and a heap that ran out may stay fragmented: start afresh
                Runtime.getRuntime().halt(4);
            }
            if (o.verdict.equals(FAIL) && mutant != null) {
                break;
            }
        }
        answers.println(DONE);
    }

    private record Outcome(String verdict, long cpuMillis, long wallMillis, String message) {
    }

    /** Runs one test on a thread of its own and answers TIMEOUT once that thread used more CPU than the budget. */
    private Outcome runWatched(String id, String classes, long budgetMillis) {
        String[] failure = new String[1];
        Throwable[] fatal = new Throwable[1];
        Thread t = new Thread(() -> {
            try {
                failure[0] = runTest(id, classes);
            } catch (Throwable ex) { // OutOfMemoryError, StackOverflowError outside the test: the mutant's doing
                fatal[0] = ex;
            }
        }, "mutant-test");
        long wall = System.nanoTime();
        t.start();
        long cpuNanos = 0;
        try {
            while (true) {
                t.join(WATCH_MS);
                long used = cpu.getThreadCpuTime(t.getId());
                cpuNanos = used >= 0 ? used : cpuNanos;
                if (!t.isAlive()) {
                    break;
                }
                if (cpuNanos / 1_000_000 > budgetMillis) {
                    return new Outcome(TIMEOUT, cpuNanos / 1_000_000, (System.nanoTime() - wall) / 1_000_000,
                            "over " + budgetMillis + " ms of CPU");
                }
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        long wallMillis = (System.nanoTime() - wall) / 1_000_000;
        if (fatal[0] != null) {
            return new Outcome(FAIL, cpuNanos / 1_000_000, wallMillis, oneLine(SafeText.describe(fatal[0])));
        }
        return new Outcome(failure[0] == null ? PASS : FAIL, cpuNanos / 1_000_000, wallMillis,
                failure[0] == null ? "" : oneLine(failure[0]));
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
