package dlecon.api.e2;

/**
 * E2 entry point, implemented by {@code dlecon.solution.e2.PerceptronSolution} (public, no-argument constructor).
 */
public interface PerceptronFactory {

    /**
     * A perceptron with {@code inputs} inputs and {@code outputs} output neurons whose weights are all 0
     * (call {@link Perceptron#initialise} or {@link Perceptron#setWeights} to change them).
     *
     * @throws IllegalArgumentException if either size is below 1
     */
    Perceptron create(int inputs, int outputs);
}
