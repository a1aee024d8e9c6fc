package dlecon.grading.engine;

import dlecon.api.Exercise;
import dlecon.grading.check.BytecodeChecker;
import dlecon.grading.check.Policy;
import dlecon.grading.compile.CachingCompiler;
import dlecon.grading.compile.ClassCache;
import dlecon.grading.compile.CompileLimits;
import dlecon.grading.compile.Compiler;
import dlecon.grading.compile.CompilerProcess;
import dlecon.grading.compile.SourceCompiler;
import dlecon.grading.model.ExerciseResult;
import dlecon.grading.model.ExerciseStatus;
import dlecon.grading.model.GradeReport;
import dlecon.grading.model.TestStatus;
import dlecon.grading.model.Timings;
import dlecon.grading.sandbox.Budget;
import dlecon.grading.sandbox.Confinement;
import dlecon.grading.sandbox.Sandbox;
import dlecon.grading.sandbox.TestJvm;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Grades a whole submission: plans every exercise's tests, compiles and checks the exercises, runs their tests in
 * {@link TestLane}s (as many as the parallelism asks; each lane's test JVM takes the next exercise in turn) and
 * collects one {@link GradeReport}. The work folder is deleted afterwards.
 */
public final class GradingRun {

    /** System property naming the test JVMs' class path (graders, API, libraries; never the reference). */
    public static final String CLASS_PATH_PROPERTY = "dlecon.grading.classpath";

    private static CompilerProcess sharedCompiler;

    private final GradingOptions options;
    private final List<String> classPath;
    private final PlanCache planner;
    private final String graderPackagePrefix;

    /** A run with the harness's class path and the project's grader suites. */
    public GradingRun(GradingOptions options) {
        this(options, harnessClassPath(), "dlecon.graders.");
    }

    /**
     * @param classPath           the test JVMs' class path
     * @param graderPackagePrefix where the suites live: the exercise's lower-case id is appended
     */
    public GradingRun(GradingOptions options, List<String> classPath, String graderPackagePrefix) {
        this.options = options;
        this.classPath = List.copyOf(classPath);
        this.graderPackagePrefix = graderPackagePrefix;
        this.planner = PlanCache.at(cacheFolder(options));
    }

    /**
     * The folder of the harness's caches (compiled classes, test plans) when it may be used, else null. It is only
     * used where test JVMs cannot write it: inside bwrap the host's files do not exist, and a test JVM of a user of
     * its own cannot open the harness user's private folder; a test JVM running as the harness's user outside bwrap
     * could plant classes or plans for a later grade, so there nothing is cached.
     */
    static Path cacheFolder(GradingOptions options) {
        boolean safe = options.sandbox() == Sandbox.Mode.BWRAP || Confinement.dropsUser();
        return options.cache() != null && safe ? options.cache() : null;
    }

    /**
     * {@value #CLASS_PATH_PROPERTY} when set, else this JVM's class path.
     *
     * @throws IllegalStateException when the reference solution is on it: a submission's classes would then be
     *                               shadowed by the reference's
     */
    public static List<String> harnessClassPath() {
        return checkedClassPath(System.getProperty(CLASS_PATH_PROPERTY, System.getProperty("java.class.path")));
    }

    /** The entries of {@code cp}, absolute, refused when the reference is among them. */
    static List<String> checkedClassPath(String cp) {
        // absolute: the test JVMs run in their own work folders
        List<String> entries = Arrays.stream(cp.split(File.pathSeparator)).filter(s -> !s.isBlank())
                .map(s -> Path.of(s).toAbsolutePath().normalize().toString()).toList();
        for (String e : entries) {
            String name = Path.of(e).getFileName().toString();
            if (name.startsWith("dlecon-reference") || e.endsWith("reference/target/classes")
                    || e.endsWith("reference/target/test-classes")) {
                throw new IllegalStateException("the reference solution is on the grading class path (" + e
                        + "): it would shadow the submission; build the class path with runtime scope only");
            }
        }
        return entries;
    }

    /** Grades {@code submission}; never throws for anything the submission does. */
    public GradeReport grade(Submission submission) {
        long start = System.nanoTime();
        Path work;
        try {
            work = Files.createTempDirectory("dlecon-grade-");
            // test JVMs of their own users must pass through the work folder (not list it) to their own folders
            Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwx--x--x"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work folder", e);
        }
        Thread cleanup = new Thread(() -> FileTrees.delete(work), "dlecon-grade-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup); // a harness killed with SIGTERM leaves no folder behind
        ExecutorService pool = Executors.newFixedThreadPool(options.parallelism() + 1);
        try {
            // the test JVMs' class path is staged (and the graders renamed) while this thread plans and compiles
            CompletableFuture<TestJvm> jvm = CompletableFuture.supplyAsync(() -> testJvm(), pool);
            Map<Exercise, List<PlannedTest>> plans = new EnumMap<>(Exercise.class);
            Map<Exercise, Set<Exercise>> needs = new EnumMap<>(Exercise.class);
            Set<Exercise> needed = EnumSet.noneOf(Exercise.class);
            for (Exercise e : options.exercises()) {
                List<PlannedTest> plan = planner.plan(e, graderPackagePrefix + e.name().toLowerCase(Locale.ROOT),
                        options.includeHidden());
                plans.put(e, plan);
                needs.put(e, EnumSet.of(e));
                plan.forEach(t -> needs.get(e).addAll(t.uses()));
                needed.addAll(needs.get(e));
            }
            List<Path> folders = new ArrayList<>();
            for (Exercise e : needed) {
                folders.add(Files.createDirectories(work.resolve(e.name()).resolve("classes")));
            }
            long wall = options.exercises().stream().flatMap(e -> plans.get(e).stream())
                    .mapToLong(PlannedTest::timeoutSeconds).sum();
            Map<Exercise, Prepared> prepared = new java.util.concurrent.ConcurrentHashMap<>();
            Compiler compiler = compilerFor();
            ExerciseGrader grader = new ExerciseGrader(compiler, new BytecodeChecker(Policy.standard()), null);
            Lanes lanes = new Lanes(Math.min(options.parallelism(), options.exercises().size()), pool, jvm, folders,
                    wall, work, needed.stream().anyMatch(submission::has), (e, lane, budget) -> {
                        List<PlannedTest> plan = plans.get(e);
                        List<Path> used = plan.stream().flatMap(t -> t.uses().stream()).distinct()
                                .map(prepared::get).filter(Prepared::ready).map(Prepared::classes).toList();
                        return runSafely(grader, prepared.get(e), plan, used, lane, budget);
                    });
            // the lanes' JVMs come up while the sources are hashed and compiled; the compiler JVM starts now when some
            // exercise will not be found in the cache, so its start overlaps with the hashing of the others
            if (compiler instanceof CachingCompiler caching && submission.sources().values().stream()
                    .anyMatch(sources -> !caching.cached(submission.root(), sources))) {
                compiler();
            }
            // compile and check every exercise needed; an exercise goes to the lanes as soon as it and the exercises
            // its suites use are ready, and the submission's time budget starts with the first one
            Budget budget = null;
            Set<Exercise> offered = EnumSet.noneOf(Exercise.class);
            for (Exercise e : needed) {
                prepared.put(e, prepareSafely(grader, submission, e, work.resolve(e.name())));
                for (Exercise g : options.exercises()) {
                    if (!offered.contains(g) && prepared.keySet().containsAll(needs.get(g))) {
                        budget = budget != null ? budget : Budget.startingNow(options.budgetSeconds());
                        lanes.offer(g, budget);
                        offered.add(g);
                    }
                }
            }
            List<ExerciseResult> results = lanes.finish(options.exercises());
            return new GradeReport(submission.id(), options.salt(), describe(jvm.join()), submission.readingNotes(),
                    results, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the classes folders: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("grading interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                    ? c.getCause() : e.getCause();
            throw new IllegalStateException("grading failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
            FileTrees.delete(work);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    /**
     * The compiler JVM shared by every grading run of this harness (a batch, the hostile suite, {@code --mutants}):
     * javac stays warm from one submission to the next (a cold compiler JVM costs about a second per grade). It only
     * ever runs javac; one that hits a limit is killed and replaced, so nothing of one submission reaches the next.
     * Started by the first run, ended by its own shutdown hook.
     */
    private static synchronized CompilerProcess compiler() {
        if (sharedCompiler == null) {
            sharedCompiler = new CompilerProcess(SourceCompiler.apiClassPath(), CompileLimits.DEFAULT);
        }
        return sharedCompiler;
    }

    /**
     * The test JVMs' launcher. The graders run under random class names ({@link TestJvm#withGraderAliases()}) when
     * hidden tests run: the names would tell them from public ones. With public tests alone there is nothing to tell
     * apart (their names are in every student's repository), so the renaming, 0.4 s per harness, is skipped.
     */
    private TestJvm testJvm() {
        TestJvm jvm = new TestJvm(options.sandbox(), classPath, options.limits());
        return options.includeHidden() ? jvm.withGraderAliases() : jvm;
    }

    /**
     * The shared compiler JVM behind the compiled-classes cache when one may be used ({@link #cacheFolder}), else the
     * compiler JVM itself (started now).
     */
    private Compiler compilerFor() {
        Path folder = cacheFolder(options);
        ClassCache cache = folder == null ? null : ClassCache.at(folder);
        return cache == null ? compiler() : new CachingCompiler(cache, SourceCompiler.apiClassPath(),
                GradingRun::compiler);
    }

    /** The containment line of the reports: the sandbox path and why, and the test JVMs' user and limits. */
    private String describe(TestJvm jvm) {
        return options.sandboxReason() + "; test JVMs run as " + jvm.describe();
    }

    /** The points available per exercise of this run (its exercises and visibility), in exercise order. */
    public Map<Exercise, Double> maxPoints() {
        Map<Exercise, Double> max = new EnumMap<>(Exercise.class);
        for (Exercise e : options.exercises()) {
            max.put(e, planner.plan(e, graderPackagePrefix + e.name().toLowerCase(Locale.ROOT),
                    options.includeHidden()).stream().mapToDouble(PlannedTest::points).sum());
        }
        return max;
    }

    /**
     * The report of a submission that could not be graded at all (e.g. its folder is unreadable): every planned test
     * scores 0 with {@code reason}.
     */
    public GradeReport failed(String id, String reason) {
        List<ExerciseResult> results = new ArrayList<>();
        for (Exercise e : options.exercises()) {
            List<PlannedTest> plan = planner.plan(e, graderPackagePrefix + e.name().toLowerCase(Locale.ROOT),
                    options.includeHidden());
            results.add(new ExerciseResult(e, ExerciseStatus.HARNESS_ERROR, List.of(reason), plan.stream()
                    .map(t -> Scoring.unreported(t, TestStatus.NOT_RUN, reason)).toList(), Timings.ZERO));
        }
        return new GradeReport(id, options.salt(), options.sandboxReason(), results, 0);
    }

    private static Prepared prepareSafely(ExerciseGrader grader, Submission s, Exercise e, Path dir) {
        try {
            return grader.prepare(s, e, dir);
        } catch (RuntimeException ex) { // a harness failure costs this exercise only, with the reason
            String why = "harness error: " + ex;
            return new Prepared(e, ExerciseStatus.HARNESS_ERROR, List.of(why), why, null, Timings.ZERO);
        }
    }

    private ExerciseResult runSafely(ExerciseGrader grader, Prepared p, List<PlannedTest> plan, List<Path> used,
                                     ExerciseGrader.Forks lane, Budget budget) {
        try {
            return grader.run(p, plan, options.salt(), used, lane, budget);
        } catch (RuntimeException ex) { // a harness failure costs this exercise only, with the reason
            String why = "harness error: " + ex;
            return new ExerciseResult(p.exercise(), ExerciseStatus.HARNESS_ERROR, List.of(why), plan.stream()
                    .map(t -> Scoring.unreported(t, TestStatus.NOT_RUN, why)).toList(), Timings.ZERO);
        }
    }

}
