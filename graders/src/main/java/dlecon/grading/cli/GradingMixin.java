package dlecon.grading.cli;

import dlecon.api.Exercise;
import dlecon.grading.compile.ClassCache;
import dlecon.grading.engine.GradingOptions;
import dlecon.grading.sandbox.Budget;
import dlecon.grading.sandbox.JvmLimits;
import dlecon.grading.sandbox.Sandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options every grading command shares: which tests, salt, sandbox and limits. */
final class GradingMixin {

    @Option(names = "--visibility", defaultValue = "all", paramLabel = "public|all",
            description = "Run the public tests only, or all (public and hidden; default).")
    String visibility;

    @Option(names = "--exercise", split = ",", paramLabel = "E1..E7",
            description = "Grade only these exercises (repeatable or comma-separated; default all).")
    List<String> exercises = new ArrayList<>();

    @Option(names = "--salt", paramLabel = "N", description = "Salt of the per-test seeds (default ${DEFAULT-VALUE}).",
            defaultValue = "" + GradingOptions.DEFAULT_SALT)
    long salt;

    @Option(names = "--sandbox", defaultValue = "auto", paramLabel = "auto|bwrap|process",
            description = "Containment of the test JVMs: bwrap when usable (auto, default), or force one.")
    String sandbox;

    @Option(names = "--memory", defaultValue = "1024", paramLabel = "MB", description = "Heap of each test JVM.")
    int memory;

    @Option(names = "--budget", defaultValue = "" + Budget.DEFAULT_SECONDS, paramLabel = "SECONDS",
            description = "Time all tests of one submission may take together; tests left after it score 0 "
                    + "(default ${DEFAULT-VALUE}).")
    int budget;

    @Option(names = "--no-cache", description = "Compile every exercise, even sources compiled before (by default "
            + "classes of unchanged sources are reused from the user's cache folder, keyed by content).")
    boolean noCache;

    @Option(names = "--jit", defaultValue = "quick", paramLabel = "quick|full",
            description = "JIT of the test JVMs: C1 only (quick, default; best for short grader runs) or full C2.")
    String jit;

    /** The options as a record; {@code parallelism} exercises run at once. */
    GradingOptions options(int parallelism) {
        boolean hidden = switch (visibility.toLowerCase(Locale.ROOT)) {
            case "all" -> true;
            case "public" -> false;
            default -> throw new UsageError("--visibility must be public or all, not " + visibility);
        };
        List<Exercise> chosen = new ArrayList<>();
        for (String e : exercises) {
            try {
                chosen.add(Exercise.valueOf(e.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException ex) {
                throw new UsageError("unknown exercise " + e + " (use E1 to E7)");
            }
        }
        Sandbox.Mode mode = switch (sandbox.toLowerCase(Locale.ROOT)) {
            case "auto" -> Sandbox.detect();
            case "process" -> Sandbox.Mode.PROCESS;
            case "bwrap" -> {
                if (!Sandbox.bwrapUsable()) {
                    throw new UsageError("--sandbox bwrap: bwrap is not installed or cannot create namespaces here");
                }
                yield Sandbox.Mode.BWRAP;
            }
            default -> throw new UsageError("--sandbox must be auto, bwrap or process, not " + sandbox);
        };
        boolean fullJit = switch (jit.toLowerCase(Locale.ROOT)) {
            case "quick" -> false;
            case "full" -> true;
            default -> throw new UsageError("--jit must be quick or full, not " + jit);
        };
        if (memory < JvmLimits.MIN_HEAP_MEGABYTES) {
            throw new UsageError("--memory must be at least " + JvmLimits.MIN_HEAP_MEGABYTES + " MB (the graders "
                    + "need a heap of that much), not " + memory);
        }
        if (budget < 1) {
            throw new UsageError("--budget must be at least 1 second, not " + budget);
        }
        return new GradingOptions(chosen.isEmpty() ? List.of(Exercise.values()) : chosen.stream().distinct()
                .sorted().toList(), hidden, salt, mode, JvmLimits.DEFAULT.withHeap(memory).withFullJit(fullJit),
                parallelism, budget, sandbox.equalsIgnoreCase("auto"), noCache ? null : ClassCache.defaultFolder());
    }
}
