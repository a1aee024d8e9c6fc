package dlecon.grading.engine;

import dlecon.grading.sandbox.Budget;
import dlecon.grading.sandbox.ForkOutcome;
import dlecon.grading.sandbox.TestJvm;
import dlecon.grading.sandbox.TestSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One lane of a submission's grading: a test JVM started on first use and handed the exercises of the lane one after
 * the other (a JVM start and the JUnit set-up paid once, not once per exercise), replaced by a fresh JVM after any
 * crash or kill, so the tests left lose nothing. Every test still loads the submission's classes in a class loader of
 * its own; a lane only ever runs one submission's exercises.
 */
final class TestLane implements ExerciseGrader.Forks, AutoCloseable {

    private final TestJvm jvm;
    private final List<Path> visible;
    private final long wallSeconds;
    private final Path folder;
    private TestSession session;
    private int started;

    /**
     * @param visible     the class folders of every exercise of the submission that compiled
     * @param wallSeconds the longest all tests of the submission may take (bounds each JVM's CPU time)
     * @param folder      a fresh folder of the lane; each JVM gets its own folder in it
     */
    TestLane(TestJvm jvm, List<Path> visible, long wallSeconds, Path folder) {
        this.jvm = jvm;
        this.visible = List.copyOf(visible);
        this.wallSeconds = wallSeconds;
        this.folder = folder;
    }

    /** Starts the lane's JVM now, so it comes up while the submission still compiles. */
    void warm() {
        if (session == null) {
            session = jvm.start(visible, wallSeconds, folder.resolve("jvm-" + ++started));
        }
    }

    @Override
    public ForkOutcome run(List<Path> classes, Map<String, Integer> timeouts, long salt, Budget budget) {
        if (session == null || !session.alive()) {
            close();
            session = jvm.start(visible, Math.min(wallSeconds, budget.remainingSeconds() + 1),
                    folder.resolve("jvm-" + ++started));
        }
        return session.run(classes, timeouts, salt, budget);
    }

    /** How many JVMs this lane has started. */
    int started() {
        return started;
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
