package dlecon.grading.mutation;

import dlecon.api.Exercise;
import dlecon.grading.compile.CompileResult;
import dlecon.grading.compile.SourceCompiler;
import dlecon.grading.engine.FileTrees;
import dlecon.grading.engine.PlannedTest;
import dlecon.grading.engine.TestPlanner;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Mutation analysis of the grader suites: generates the mutants of the reference's solution regions, grades each
 * one with its exercise's grader tests (all of them, hidden included) in a pool of worker JVMs, and returns what
 * happened to every mutant. A mutant is killed when some test fails on it, times out or crashes, exactly the cases
 * in which a submission loses points.
 */
public final class MutationAnalysis {

    /** Seconds between progress lines. */
    private static final long PROGRESS_EVERY_MS = 30_000;

    /**
     * What to analyse and how.
     *
     * @param exercises  the exercises
     * @param salt       harness salt of the grader tests' seeds
     * @param workers    worker JVMs run side by side
     * @param sample     at most this many mutants per exercise (0: all), chosen by {@code sampleSeed}
     * @param sampleSeed seed of the sample
     * @param heapMb     heap of each worker
     * @param only       a regular expression: only mutants whose place ({@code file:line}) or key it finds are graded
     *                   ("" for all), to re-check a survivor or one file quickly
     */
    public record Options(List<Exercise> exercises, long salt, int workers, int sample, long sampleSeed, int heapMb,
                          String only) {
        public Options {
            exercises = List.copyOf(exercises);
            java.util.regex.Pattern.compile(only); // refuses a malformed expression before any work
            if (workers < 1 || sample < 0 || heapMb < 64) {
                throw new IllegalArgumentException("need workers >= 1, sample >= 0 and heap >= 64 MB");
            }
        }
    }

    /**
     * The outcome of an analysis.
     *
     * @param results      every mutant's result, in generation order
     * @param generated    mutants generated per exercise before sampling
     * @param wallMillis   wall time of the whole analysis
     * @param workerStarts worker JVMs started (one per worker plus one per hang or crash)
     */
    public record Result(List<MutantResult> results, Map<Exercise, Integer> generated, long wallMillis,
                         int workerStarts, WorkerTime time) {
    }

    /**
     * Where the workers' time went, summed over workers.
     *
     * @param compileMillis javac on the mutants
     * @param testMillis    grader tests on the mutants (the reference's baseline excluded)
     * @param testRuns      tests run on mutants
     */
    public record WorkerTime(long compileMillis, long testMillis, int testRuns) {
    }

    private final Options options;
    private final Path solutions;
    private final List<String> classPath;
    private final PrintStream progress;

    /**
     * @param options   what to analyse
     * @param solutions the reference's {@code dlecon/solution} source folder
     * @param classPath the harness's class path, for the worker JVMs
     * @param progress  where progress lines go
     */
    public MutationAnalysis(Options options, Path solutions, List<String> classPath, PrintStream progress) {
        this.options = options;
        this.solutions = solutions;
        this.classPath = List.copyOf(classPath);
        this.progress = progress;
    }

    /** Runs the analysis in a scratch folder that is deleted afterwards. */
    public Result run() {
        return run(List.of());
    }

    /** {@link #run()} with hand-made mutants graded after the generated ones (for tests of the analysis itself). */
    Result run(List<SourceMutant> handMade) {
        long start = System.nanoTime();
        Path work;
        try {
            work = Files.createTempDirectory("dlecon-mutation-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            MutantGenerator.Generated g = new MutantGenerator().generate(solutions, options.exercises());
            Map<Exercise, Integer> generated = new EnumMap<>(Exercise.class);
            g.mutants().forEach(m -> generated.merge(m.exercise(), 1, Integer::sum));
            java.util.regex.Pattern only = java.util.regex.Pattern.compile(options.only());
            List<SourceMutant> chosen = sample(g.mutants().stream().filter(m -> options.only().isEmpty()
                    || only.matcher(m.place()).find() || only.matcher(m.key()).find()).toList());
            chosen = java.util.stream.Stream.concat(chosen.stream(), handMade.stream()).toList();
            MutationSetup setup = setup(work, g);
            List<MutantResult> results = grade(setup, chosen);
            return new Result(results, generated, (System.nanoTime() - start) / 1_000_000, starts, time);
        } finally {
            FileTrees.delete(work);
        }
    }

    /** Worker JVMs started by the last {@link #grade} (set when it ends). */
    private int starts;
    /** The workers' time of the last {@link #grade}. */
    private WorkerTime time;

    /** At most {@code sample} mutants per exercise, a fixed-seed choice kept in generation order. */
    List<SourceMutant> sample(List<SourceMutant> all) {
        if (options.sample() == 0) {
            return all;
        }
        List<SourceMutant> out = new ArrayList<>();
        for (Exercise e : options.exercises()) {
            List<SourceMutant> mine = all.stream().filter(m -> m.exercise() == e).toList();
            List<Integer> index = new ArrayList<>();
            for (int i = 0; i < mine.size(); i++) {
                index.add(i);
            }
            Collections.shuffle(index, new java.util.Random(new SplittableRandom(options.sampleSeed() + e.ordinal())
                    .nextLong()));
            List<Integer> kept = new ArrayList<>(index.subList(0, Math.min(options.sample(), index.size())));
            Collections.sort(kept);
            kept.forEach(i -> out.add(mine.get(i)));
        }
        return out;
    }

    private MutationSetup setup(Path work, MutantGenerator.Generated g) {
        TestPlanner planner = new TestPlanner();
        Map<Exercise, List<PlannedTest>> plans = new EnumMap<>(Exercise.class);
        Map<Exercise, List<Exercise>> uses = new EnumMap<>(Exercise.class);
        Set<Exercise> needed = EnumSet.noneOf(Exercise.class);
        for (Exercise e : options.exercises()) {
            List<PlannedTest> plan = planner.plan(e, true);
            plans.put(e, plan);
            Set<Exercise> u = EnumSet.noneOf(Exercise.class);
            plan.forEach(t -> u.addAll(t.uses()));
            u.remove(e);
            uses.put(e, List.copyOf(u));
            needed.add(e);
            needed.addAll(u);
        }
        SourceCompiler javac = SourceCompiler.forApi();
        Map<Exercise, Path> base = new EnumMap<>(Exercise.class);
        for (Exercise e : needed) {
            Path out = work.resolve("reference-classes/" + e.name());
            List<Path> files;
            try (Stream<Path> s = Files.list(solutions.resolve(e.name().toLowerCase(Locale.ROOT)))) {
                files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            CompileResult r = javac.compile(solutions.getParent().getParent(), files, out);
            if (!r.ok()) {
                throw new IllegalStateException("the reference's " + e + " does not compile: " + r.diagnostics());
            }
            base.put(e, out);
        }
        List<Path> api = List.of(SourceCompiler.locationOf(Exercise.class),
                SourceCompiler.locationOf(org.ejml.data.DMatrixRMaj.class));
        return new MutationSetup(work, options.salt(), options.heapMb(), classPath, api, g.sources(), base, plans, uses);
    }

    private List<MutantResult> grade(MutationSetup setup, List<SourceMutant> mutants) {
        List<WorkerSlot> slots = new ArrayList<>();
        for (int k = 0; k < options.workers(); k++) {
            slots.add(new WorkerSlot(setup, k));
        }
        try {
            Map<Exercise, TestBudget> budgets = new EnumMap<>(Exercise.class);
            for (Exercise e : options.exercises()) {
                List<PlannedTest> tests = setup.plans().get(e);
                budgets.put(e, TestBudget.of(tests, slots.get(0).baseline(e, tests)));
            }
            MutantResult[] results = new MutantResult[mutants.size()];
            ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < mutants.size(); i++) {
                queue.add(i);
            }
            AtomicInteger done = new AtomicInteger();
            long begin = System.nanoTime();
            long[] lastReport = {begin};
            List<Thread> threads = new ArrayList<>();
            RuntimeException[] failure = new RuntimeException[1];
            for (WorkerSlot slot : slots) {
                Thread t = new Thread(() -> {
                    Integer i;
                    while ((i = queue.poll()) != null) {
                        try {
                            results[i] = slot.run(mutants.get(i), budgets.get(mutants.get(i).exercise()));
                        } catch (RuntimeException ex) {
                            synchronized (failure) {
                                failure[0] = ex;
                            }
                            queue.clear();
                            return;
                        }
                        report(done.incrementAndGet(), mutants.size(), begin, lastReport, results);
                    }
                }, "mutation-slot");
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            if (failure[0] != null) {
                throw failure[0];
            }
            starts = slots.stream().mapToInt(WorkerSlot::starts).sum();
            time = new WorkerTime(slots.stream().mapToLong(sl -> sl.time().compileMillis()).sum(),
                    slots.stream().mapToLong(sl -> sl.time().testMillis()).sum(),
                    slots.stream().mapToInt(sl -> sl.time().testRuns()).sum());
            return List.of(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("mutation analysis interrupted", e);
        } finally {
            slots.forEach(WorkerSlot::close);
        }
    }

    private void report(int done, int total, long begin, long[] last, MutantResult[] results) {
        long now = System.nanoTime();
        synchronized (last) {
            if (done < total && (now - last[0]) / 1_000_000 < PROGRESS_EVERY_MS) {
                return;
            }
            last[0] = now;
        }
        int survived = 0;
        int stillborn = 0;
        for (MutantResult r : results) {
            if (r != null) {
                survived += r.outcome() == MutantResult.Outcome.SURVIVED ? 1 : 0;
                stillborn += r.outcome() == MutantResult.Outcome.STILLBORN ? 1 : 0;
            }
        }
        progress.printf(Locale.ROOT, "mutation analysis: %d of %d mutants graded (%d survived, %d stillborn), %.0f s%n",
                done, total, survived, stillborn, (now - begin) / 1e9);
    }
}
