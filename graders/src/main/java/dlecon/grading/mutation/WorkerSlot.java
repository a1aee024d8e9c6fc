package dlecon.grading.mutation;

import dlecon.api.Exercise;
import dlecon.grading.compile.CompileResult;
import dlecon.grading.compile.SourceCompiler;
import dlecon.grading.engine.FileTrees;
import dlecon.grading.engine.PlannedTest;
import dlecon.grading.mutation.MutantResult.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One worker of the pool: compiles each mutant here in the coordinator's JVM (javac stays warm whatever happens to
 * the worker), writing it into this slot's own copy of the reference sources, and has it graded by its worker JVM
 * (started on first use and again after a mutant hung or crashed it), reading the answers with a wall-clock safety
 * net; the CPU budgets of {@link TestBudget} are enforced by the worker itself.
 */
final class WorkerSlot implements AutoCloseable {

    /**
     * Wall-clock safety net per test beyond its CPU budget: a worker silent this long is stuck (waiting, not computing;
     * the reference never blocks), so it is killed and the test scores as timed out.
     */
    private static final long STUCK_MS = 120_000;

    private final MutationSetup setup;
    private final Path dir;
    private final Path sources;
    private final Path log;
    private final SourceCompiler wholeExercise;
    private final Map<Exercise, SourceCompiler> singleFile = new EnumMap<>(Exercise.class);
    private WorkerProcess worker;
    private int starts;
    private long compileMillis;
    private long testMillis;
    private int testRuns;

    WorkerSlot(MutationSetup setup, int index) {
        this.setup = setup;
        this.dir = setup.work().resolve("worker-" + index);
        this.sources = dir.resolve("src");
        this.log = dir.resolve("worker.log");
        this.wholeExercise = new SourceCompiler(setup.apiClassPath());
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> f : setup.sources().entrySet()) {
                Path p = file(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many worker JVMs this slot started (1 + restarts after hangs and crashes). */
    int starts() {
        return starts;
    }

    /** Where this slot's time went: javac, grader tests (CPU of their threads) and the number of test runs. */
    MutationAnalysis.WorkerTime time() {
        return new MutationAnalysis.WorkerTime(compileMillis, testMillis, testRuns);
    }

    /**
     * Runs every test of {@code e} on the reference and returns each one's CPU time.
     *
     * @throws IllegalStateException when a test fails on the reference: the analysis would be meaningless
     */
    long[] baseline(Exercise e, List<PlannedTest> tests) {
        WorkerProcess w = worker();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            order.add(i + ":" + tests.get(i).timeoutSeconds() * 1000L);
        }
        w.send(MutationWorker.RUN, e.name(), "-", "0", String.join(",", order));
        long[] ms = new long[tests.size()];
        for (int i = 0; i < tests.size(); i++) {
            expect(w.next(STUCK_MS), MutationWorker.START, e);
            String[] end = fields(w.next(tests.get(i).timeoutSeconds() * 1000L + STUCK_MS));
            if (end == null || !end[0].equals(MutationWorker.END) || !end[2].equals(MutationWorker.PASS)) {
                close();
                throw new IllegalStateException("the reference fails " + e + " test '" + tests.get(i).title()
                        + "' under salt " + setup.salt() + ": " + (end == null ? "no answer" : String.join(" ", end))
                        + " (see " + log + ")");
            }
            ms[i] = Long.parseLong(end[3]);
        }
        expect(w.next(STUCK_MS), MutationWorker.DONE, e);
        return ms;
    }

    /** Compiles and grades one mutant. */
    MutantResult run(SourceMutant m, TestBudget budget) {
        Path file = file(m.file());
        String original = setup.sources().get(m.file());
        Path out = dir.resolve("classes");
        try {
            Files.writeString(file, m.apply(original), StandardCharsets.UTF_8);
            CompileResult r = compile(m, file, out);
            compileMillis += r.millis();
            if (!r.ok()) {
                return new MutantResult(m, Outcome.STILLBORN, "", String.join("; ", r.diagnostics()));
            }
            return grade(m, budget, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            FileTrees.delete(out);
            try {
                Files.writeString(file, original, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // the next mutant of this file would run on a wrong base
            }
        }
    }

    /** The mutated file alone against the reference's classes, or the whole exercise with the mutated file. */
    private CompileResult compile(SourceMutant m, Path file, Path out) throws IOException {
        if (!m.wholeExercise()) {
            SourceCompiler javac = singleFile.computeIfAbsent(m.exercise(), e -> {
                List<Path> cp = new ArrayList<>(setup.apiClassPath());
                cp.add(setup.baseClasses().get(e));
                return new SourceCompiler(cp);
            });
            return javac.compile(sources, List.of(file), out);
        }
        try (Stream<Path> s = Files.list(file.getParent())) {
            return wholeExercise.compile(sources, s.filter(p -> p.toString().endsWith(".java")).sorted().toList(),
                    out);
        }
    }

    private MutantResult grade(SourceMutant m, TestBudget budget, Path classes) {
        WorkerProcess w = worker();
        w.send(MutationWorker.RUN, m.exercise().name(), classes.toString(), m.wholeExercise() ? "1" : "0",
                budget.orderText());
        String current = "";
        while (true) {
            String[] start = fields(w.next(STUCK_MS));
            if (start == null || start[0].equals(WorkerProcess.GONE)) {
                close();
                return new MutantResult(m, Outcome.CRASHED, current, "the worker died between tests");
            }
            if (start[0].equals(MutationWorker.DONE)) {
                return new MutantResult(m, Outcome.SURVIVED, "", "");
            }
            int i = Integer.parseInt(start[1]);
            current = budget.tests().get(i).title();
            String[] end = fields(w.next(budget.millis(i) + STUCK_MS));
            if (end == null || end[0].equals(WorkerProcess.GONE)) {
                close();
                return new MutantResult(m, end == null ? Outcome.TIMED_OUT : Outcome.CRASHED, current,
                        end == null ? "no answer within " + (budget.millis(i) + STUCK_MS) + " ms" : "the worker died");
            }
            testRuns++;
            testMillis += Long.parseLong(end[3]);
            String message = end.length > 5 ? end[5] : "";
            if (end[2].equals(MutationWorker.TIMEOUT)) {
                close(); // the worker exits after a timeout: its test thread cannot be stopped
                return new MutantResult(m, Outcome.TIMED_OUT, current, message + " (reference "
                        + budget.referenceMs()[i] + " ms)");
            }
            if (end[2].equals(MutationWorker.FAIL)) {
                String done = w.next(STUCK_MS);
                if (done == null || !done.equals(MutationWorker.DONE)) {
                    close(); // out of memory: the worker exits
                }
                return new MutantResult(m, Outcome.KILLED, current, message);
            }
        }
    }

    private WorkerProcess worker() {
        if (worker == null) {
            starts++;
            worker = new WorkerProcess(setup.classPath(), setup.heapMb(), log);
            worker.send(MutationWorker.INIT, Long.toString(setup.salt()));
            setup.baseClasses().forEach((e, d) -> worker.send(MutationWorker.BASE, e.name(), d.toString()));
            setup.plans().forEach((e, tests) -> {
                List<String> uses = setup.uses().get(e).stream().map(Exercise::name).toList();
                String[] fields = new String[tests.size() + 3];
                fields[0] = MutationWorker.TESTS;
                fields[1] = e.name();
                fields[2] = uses.isEmpty() ? "-" : String.join(",", uses);
                for (int i = 0; i < tests.size(); i++) {
                    fields[i + 3] = tests.get(i).id();
                }
                worker.send(fields);
            });
        }
        return worker;
    }

    private Path file(String relative) {
        return sources.resolve("dlecon/solution").resolve(relative);
    }

    private void expect(String line, String what, Exercise e) {
        if (line == null || !line.startsWith(what)) {
            close();
            throw new IllegalStateException("mutation worker: expected " + what + " while running " + e + ", got "
                    + (line == null ? "nothing (timed out)" : line.replace(WorkerProcess.GONE, "its end"))
                    + " (see " + log + ")");
        }
    }

    private static String[] fields(String line) {
        return line == null ? null : line.split("\t", -1);
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
    }
}
