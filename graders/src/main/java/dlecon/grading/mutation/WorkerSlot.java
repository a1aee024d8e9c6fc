package dlecon.grading.mutation;

import dlecon.api.Exercise;
import dlecon.grading.engine.PlannedTest;
import dlecon.grading.mutation.MutantResult.Outcome;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One worker of the pool: its JVM (started on first use and again after a mutant killed it), its own copy of the
 * reference sources into which each mutant is written before it runs, and the reading of the worker's answers with
 * the time budgets of {@link TestBudget}.
 */
final class WorkerSlot implements AutoCloseable {

    /** Compiling one exercise takes well under a second; a minute means javac itself is stuck. */
    private static final long COMPILE_MS = 60_000;
    /** A worker announces each test at once; this only guards against a worker stuck between tests. */
    private static final long ANNOUNCE_MS = 60_000;

    private final MutationSetup setup;
    private final Path sources;
    private final Path log;
    private WorkerProcess worker;
    private int starts;

    WorkerSlot(MutationSetup setup, int index) {
        this.setup = setup;
        Path dir = setup.work().resolve("worker-" + index);
        this.sources = dir.resolve("src");
        this.log = dir.resolve("worker.log");
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

    /**
     * Runs every test of {@code e} on the reference and returns each one's time.
     *
     * @throws IllegalStateException when a test fails on the reference: the analysis would be meaningless
     */
    long[] baseline(Exercise e, List<PlannedTest> tests) {
        WorkerProcess w = worker();
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < tests.size(); i++) {
            order.append(i == 0 ? "" : ",").append(i);
        }
        w.send(MutationWorker.RUN, e.name(), "-", "0", order.toString());
        long[] ms = new long[tests.size()];
        for (int i = 0; i < tests.size(); i++) {
            expect(w.next(ANNOUNCE_MS), MutationWorker.START, e);
            String[] end = fields(w.next(tests.get(i).timeoutSeconds() * 1000L));
            if (end == null || !end[0].equals(MutationWorker.END) || !end[2].equals(MutationWorker.PASS)) {
                close();
                throw new IllegalStateException("the reference fails " + e + " test '" + tests.get(i).title()
                        + "' under salt " + setup.salt() + ": " + (end == null ? "timed out" : String.join(" ", end))
                        + " (see " + log + ")");
            }
            ms[i] = Long.parseLong(end[3]);
        }
        expect(w.next(ANNOUNCE_MS), MutationWorker.DONE, e);
        return ms;
    }

    /** Compiles and grades one mutant. */
    MutantResult run(SourceMutant m, TestBudget budget) {
        Path file = file(m.file());
        String original = setup.sources().get(m.file());
        try {
            Files.writeString(file, m.apply(original), StandardCharsets.UTF_8);
            return grade(m, budget, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.writeString(file, original, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // the next mutant of this file would run on a wrong base
            }
        }
    }

    private MutantResult grade(SourceMutant m, TestBudget budget, Path file) {
        WorkerProcess w = worker();
        w.send(MutationWorker.RUN, m.exercise().name(), file.toString(), m.wholeExercise() ? "1" : "0",
                budget.orderText());
        String[] compiled = fields(w.next(COMPILE_MS));
        if (compiled == null || compiled[0].equals(WorkerProcess.GONE)) {
            close();
            return new MutantResult(m, Outcome.CRASHED, "(compilation)", compiled == null ? "javac hung" : "died");
        }
        if (compiled[1].equals("0")) {
            w.next(ANNOUNCE_MS); // DONE
            return new MutantResult(m, Outcome.STILLBORN, "", compiled.length > 2 ? compiled[2] : "");
        }
        String current = "";
        while (true) {
            String[] start = fields(w.next(ANNOUNCE_MS));
            if (start == null || start[0].equals(WorkerProcess.GONE)) {
                close();
                return new MutantResult(m, Outcome.CRASHED, current, "the worker died between tests");
            }
            if (start[0].equals(MutationWorker.DONE)) {
                return new MutantResult(m, Outcome.SURVIVED, "", "");
            }
            int i = Integer.parseInt(start[1]);
            current = budget.tests().get(i).title();
            String[] end = fields(w.next(budget.millis(i)));
            if (end == null) {
                close();
                return new MutantResult(m, Outcome.TIMED_OUT, current, "over " + budget.millis(i) + " ms (reference "
                        + budget.referenceMs()[i] + " ms)");
            }
            if (end[0].equals(WorkerProcess.GONE) || end[1].equals("-1")) {
                close();
                return new MutantResult(m, Outcome.CRASHED, current, end.length > 4 ? end[4] : "the worker died");
            }
            if (end[2].equals(MutationWorker.FAIL)) {
                w.next(ANNOUNCE_MS); // DONE
                return new MutantResult(m, Outcome.KILLED, current, end.length > 4 ? end[4] : "");
            }
        }
    }

    private WorkerProcess worker() {
        if (worker == null) {
            starts++;
            worker = new WorkerProcess(setup.classPath(), setup.heapMb(), log);
            worker.send(MutationWorker.INIT, Long.toString(setup.salt()), sources.getParent().toString(),
                    String.join(File.pathSeparator, setup.apiClassPath().stream().map(Path::toString).toList()));
            setup.baseClasses().forEach((e, dir) -> worker.send(MutationWorker.BASE, e.name(), dir.toString()));
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
