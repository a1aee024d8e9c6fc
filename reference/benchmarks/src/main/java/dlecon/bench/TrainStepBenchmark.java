package dlecon.bench;

import dlecon.api.Exercise;
import dlecon.api.Solutions;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e4.OptimizerFactory;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Time of one forward + backward + Adam step of the reference MLP on a batch of 64 (see {@link Workload}). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 7, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class TrainStepBenchmark {

    /** Layer widths, dash-separated. */
    @Param({"1-50-50-1", "784-128-10"})
    public String network;

    private Workload workload;

    @Setup
    public void setUp() {
        int[] sizes = Arrays.stream(network.split("-")).mapToInt(Integer::parseInt).toArray();
        workload = new Workload(sizes, Solutions.load(Exercise.E3, MlpFactory.class),
                Solutions.load(Exercise.E4, OptimizerFactory.class), 42);
    }

    @Benchmark
    public double trainStep() {
        return workload.step();
    }
}
