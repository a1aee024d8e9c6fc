package dlecon.grading.engine;

import dlecon.api.Exercise;
import dlecon.grading.model.ExerciseResult;
import dlecon.grading.sandbox.Budget;
import dlecon.grading.sandbox.TestJvm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The {@link TestLane}s of one submission's grading, fed while the submission is still being compiled: each lane
 * starts its test JVM at once (when {@code warm}), so the JVM comes up while exercises compile, then takes the next
 * exercise that {@link #offer} made ready, until {@link #finish}. So the tests of one exercise overlap with the
 * compilation of the next, and a grade pays one JVM start per lane instead of one per exercise.
 */
final class Lanes {

    /** Runs one exercise's tests in a lane, under the submission's budget. */
    @FunctionalInterface
    interface Run {
        ExerciseResult run(Exercise e, TestLane lane, Budget budget);
    }

    private record Item(Exercise exercise, Budget budget) {
    }

    private final BlockingQueue<Optional<Item>> queue = new LinkedBlockingQueue<>();
    private final Map<Exercise, ExerciseResult> done = new ConcurrentHashMap<>();
    private final List<Future<?>> lanes = new ArrayList<>();

    /**
     * Starts {@code count} lanes on {@code pool}.
     *
     * @param jvm     the test JVMs' launcher, possibly still being made
     * @param visible every class folder of the submission the lanes' tests may name (they exist, maybe empty)
     * @param wall    the longest all tests of the submission may take
     * @param warm    start each lane's JVM before the first exercise is offered
     */
    Lanes(int count, ExecutorService pool, CompletableFuture<TestJvm> jvm, List<Path> visible, long wall, Path work,
          boolean warm, Run run) {
        for (int k = 1; k <= count; k++) {
            Path folder = work.resolve("lane-" + k);
            lanes.add(pool.submit(() -> {
                try (TestLane lane = new TestLane(jvm.join(), visible, wall, folder)) {
                    if (warm) {
                        lane.warm();
                    }
                    for (Optional<Item> i = queue.take(); i.isPresent(); i = queue.take()) {
                        done.put(i.get().exercise(), run.run(i.get().exercise(), lane, i.get().budget()));
                    }
                }
                return null;
            }));
        }
    }

    /** Hands {@code e}, compiled and checked with every exercise its suites use, to the next free lane. */
    void offer(Exercise e, Budget budget) {
        queue.add(Optional.of(new Item(e, budget)));
    }

    /** Waits until the lanes have run every offered exercise; the results in the order of {@code exercises}. */
    List<ExerciseResult> finish(List<Exercise> exercises) throws InterruptedException, ExecutionException {
        lanes.forEach(l -> queue.add(Optional.empty()));
        for (Future<?> f : lanes) {
            f.get();
        }
        return exercises.stream().map(done::get).toList();
    }
}
