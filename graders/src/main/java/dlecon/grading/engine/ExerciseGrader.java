package dlecon.grading.engine;

import dlecon.api.Exercise;
import dlecon.grading.check.BytecodeChecker;
import dlecon.grading.check.Refusal;
import dlecon.grading.compile.CompileResult;
import dlecon.grading.compile.Compiler;
import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.ExerciseStatus;
import dlecon.grading.model.TestResult;
import dlecon.grading.model.TestStatus;
import dlecon.grading.model.Timings;
import dlecon.grading.runner.ChannelRecord;
import dlecon.grading.sandbox.Budget;
import dlecon.grading.sandbox.ForkOutcome;
import dlecon.grading.sandbox.TestJvm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades one exercise of a submission (design steps 2 to 5): compile, static check, then run the planned tests in
 * test JVMs until each has an outcome (a JVM of their own, or one shared in turn with the submission's other
 * exercises). When a JVM dies (crash, exit, out of memory, timeout), the test it was
 * running scores 0 with the reason and a fresh JVM runs the tests that had not reported, so nothing else is lost.
 */
public final class ExerciseGrader {

    /** Exit code of a process ended by SIGXCPU (128 + 24): its CPU-time limit ({@code RLIMIT_CPU}) ran out. */
    static final int EXIT_CPU_LIMIT = 152;

    private final Compiler compiler;
    private final BytecodeChecker checker;
    private final TestJvm jvm;

    /**
     * @param jvm starts a JVM per group of tests for {@link #grade} and {@link #run(Prepared, List, long, List, Path,
     *            Budget)}; null when the caller hands every run its own {@link Forks}
     */
    public ExerciseGrader(Compiler compiler, BytecodeChecker checker, TestJvm jvm) {
        this.compiler = compiler;
        this.checker = checker;
        this.jvm = jvm;
    }

    /**
     * Compiles and checks one exercise, then runs its tests ({@link #prepare} then {@link #run}).
     *
     * @param plan the exercise's tests, listed before anything runs
     * @param work a fresh folder for this exercise's classes and forks
     */
    public ExerciseResult grade(Submission submission, Exercise e, List<PlannedTest> plan, long salt, Path work) {
        return run(prepare(submission, e, work), plan, salt, List.of(), work, Budget.unlimited());
    }

    /** Compiles {@code e} of the submission into {@code work/classes} and checks the bytecode. */
    public Prepared prepare(Submission submission, Exercise e, Path work) {
        if (!submission.has(e)) {
            return new Prepared(e, ExerciseStatus.NOT_SUBMITTED, List.of(), "not submitted: no sources in "
                    + e.solutionPackage().replace('.', '/'), null, Timings.ZERO);
        }
        String problem = sourceProblem(submission, e);
        if (problem != null) {
            return new Prepared(e, ExerciseStatus.COMPILE_ERROR, List.of(problem), "did not compile: " + problem,
                    null, Timings.ZERO);
        }
        CompileResult compiled = compiler.compile(submission.root(), submission.sources().get(e),
                work.resolve("classes"));
        if (!compiled.ok()) {
            return new Prepared(e, ExerciseStatus.COMPILE_ERROR, compiled.diagnostics(),
                    "did not compile: " + compiled.diagnostics().get(0), null, new Timings(compiled.millis(), 0, 0, 0));
        }
        long checkStart = System.nanoTime();
        List<Refusal> refusals = checker.check(e, compiled.classes());
        Timings t = new Timings(compiled.millis(), (System.nanoTime() - checkStart) / 1_000_000, 0, 0);
        if (!refusals.isEmpty()) {
            return new Prepared(e, ExerciseStatus.REFUSED, refusals.stream().map(Refusal::toString).toList(),
                    "refused by the static check: " + refusals.get(0), null, t);
        }
        return new Prepared(e, ExerciseStatus.GRADED, List.of(), "", compiled.classes(), t);
    }

    /** A source file over the size limit or not in UTF-8, named with the reason; null when the sources are fine. */
    private static String sourceProblem(Submission submission, Exercise e) {
        for (Path f : submission.sources().get(e)) {
            if (f.toFile().length() > Submission.MAX_SOURCE_BYTES) {
                return submission.root().relativize(f) + " is larger than " + (Submission.MAX_SOURCE_BYTES >> 20)
                        + " MiB (the limit per source file)";
            }
        }
        return SourceEncoding.problem(submission.root(), submission.sources().get(e));
    }

    /**
     * Runs the planned tests of a prepared exercise.
     *
     * @param used   class folders of the ready exercises the suites use (see {@code GraderSuite.uses})
     * @param budget the submission's time for all its tests: tests left when it is used up score 0
     */
    public ExerciseResult run(Prepared p, List<PlannedTest> plan, long salt, List<Path> used, Path work,
                              Budget budget) {
        int[] forks = {0};
        return run(p, plan, salt, used, (classes, timeouts, s, b) -> jvm.run(classes, timeouts, s,
                work.resolve("fork-" + ++forks[0]), b), budget);
    }

    /**
     * As {@link #run(Prepared, List, long, List, Path, Budget)}, each group of tests in a test JVM that
     * {@code forks} gives (e.g. a {@link TestLane}'s, shared with the submission's other exercises).
     */
    public ExerciseResult run(Prepared p, List<PlannedTest> plan, long salt, List<Path> used, Forks forks,
                              Budget budget) {
        if (!p.ready()) {
            return notRun(p.exercise(), p.status(), p.problems(), plan, p.reason(), p.timings());
        }
        List<Path> classes = new ArrayList<>(List.of(p.classes()));
        classes.addAll(used);
        return run(p.exercise(), plan, salt, classes, forks, p.timings(), budget);
    }

    /** Runs one group of tests in a test JVM and says what it did. */
    @FunctionalInterface
    public interface Forks {
        /** See {@link dlecon.grading.sandbox.TestSession#run}. */
        ForkOutcome run(List<Path> classes, Map<String, Integer> timeouts, long salt, Budget budget);
    }

    private ExerciseResult run(Exercise e, List<PlannedTest> plan, long salt, List<Path> classes, Forks forks,
                               Timings timings, Budget budget) {
        Map<String, TestResult> results = new LinkedHashMap<>();
        Map<String, PlannedTest> byId = new LinkedHashMap<>();
        plan.forEach(t -> byId.put(t.id(), t));
        List<String> problems = new ArrayList<>();
        ExerciseStatus status = ExerciseStatus.GRADED;
        while (results.size() < plan.size()) {
            Map<String, Integer> pending = new LinkedHashMap<>();
            plan.stream().filter(t -> !results.containsKey(t.id()))
                    .forEach(t -> pending.put(t.id(), t.timeoutSeconds()));
            if (budget.expired()) {
                problems.add(budget.reason());
                pending.keySet().forEach(id -> results.put(id, Scoring.unreported(byId.get(id), TestStatus.NOT_RUN,
                        budget.reason())));
                break;
            }
            ForkOutcome out = forks.run(classes, pending, salt, budget);
            timings = timings.plus(new Timings(0, 0, out.startMillis(), out.testMillis()));
            int before = results.size();
            for (ChannelRecord r : out.records()) {
                if (r.event().equals("finished") && byId.containsKey(r.id()) && !results.containsKey(r.id())) {
                    results.put(r.id(), Scoring.scored(byId.get(r.id()), r));
                }
            }
            boolean progress = results.size() > before;
            if (!out.ready()) {
                status = budget.expired() ? status : ExerciseStatus.HARNESS_ERROR;
                String why = out.killed() != null ? out.killed() : "the test JVM failed to start (exit code "
                        + out.exitCode() + ")";
                problems.add(why + firstLine(out.jvmOutput()));
                pending.keySet().stream().filter(id -> !results.containsKey(id)).forEach(id ->
                        results.put(id, Scoring.unreported(byId.get(id), TestStatus.NOT_RUN, why)));
            } else if (out.running() != null && byId.containsKey(out.running())) {
                results.put(out.running(), died(byId.get(out.running()), out));
            } else if (results.size() < plan.size() && out.completed()) {
                // the run ended normally yet some tests never reported (e.g. their class failed to initialise)
                String why = out.records().stream().filter(r -> r.event().equals("container-failed"))
                        .map(ChannelRecord::message).findFirst().orElse("the test did not report a result");
                pending.keySet().stream().filter(id -> !results.containsKey(id)).forEach(id ->
                        results.put(id, Scoring.unreported(byId.get(id), TestStatus.NOT_RUN, why)));
            } else if (results.size() < plan.size() && !progress) {
                // died between tests without progress: restarting would repeat it
                String why = crashReason(out);
                pending.keySet().stream().filter(id -> !results.containsKey(id)).forEach(id ->
                        results.put(id, Scoring.unreported(byId.get(id), TestStatus.CRASHED, why)));
            }
        }
        List<TestResult> ordered = plan.stream().map(t -> results.get(t.id())).toList();
        return new ExerciseResult(e, status, problems, ordered, timings);
    }

    private static TestResult died(PlannedTest t, ForkOutcome out) {
        if (out.killed() != null) {
            return Scoring.unreported(t, TestStatus.TIMED_OUT, out.killed() + " (the test JVM was killed)");
        }
        return Scoring.unreported(t, TestStatus.CRASHED, crashReason(out));
    }

    /** One line saying how the JVM ended, from its exit code and its own output. */
    static String crashReason(ForkOutcome out) {
        String jvm = out.jvmOutput();
        if (jvm.contains("unable to create native thread") || jvm.contains("pthread_create failed (EAGAIN)")) {
            return "the test JVM hit its limit on threads and was ended";
        }
        if (jvm.contains("OutOfMemoryError")) {
            return "out of memory: the test JVM ran out of heap and was ended";
        }
        if (jvm.contains("StackOverflowError")) {
            return "stack overflow ended the test JVM";
        }
        if (out.exitCode() == EXIT_CPU_LIMIT) {
            return "the test JVM used up its CPU time limit (SIGXCPU) and was ended";
        }
        return "the test JVM ended during the test (exit code " + out.exitCode() + ")" + firstLine(jvm);
    }

    private static String firstLine(String s) {
        String line = s == null ? "" : s.strip().lines().findFirst().orElse("");
        return line.isEmpty() ? "" : ": " + (line.length() > 200 ? line.substring(0, 200) + "..." : line);
    }

    private static ExerciseResult notRun(Exercise e, ExerciseStatus status, List<String> problems,
                                         List<PlannedTest> plan, String reason, Timings timings) {
        return new ExerciseResult(e, status, problems, plan.stream()
                .map(t -> Scoring.unreported(t, TestStatus.NOT_RUN, reason)).toList(), timings);
    }
}
