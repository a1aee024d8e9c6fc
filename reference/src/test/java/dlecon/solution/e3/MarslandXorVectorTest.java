package dlecon.solution.e3;

import static org.assertj.core.api.Assertions.assertThat;

import dlecon.api.e3.OutputKind;
import dlecon.testing.Close;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The course's Marsland XOR test vector (course-spec section 2): logistic output, beta 1, eta 0.25, momentum 0.9,
 * W1 = [[.1, -.2], [.3, .4], [-.5, .6]] (rows x1, x2, bias), W2 = [[.7], [-.8], [.9]].
 */
class MarslandXorVectorTest {

    /** Relative tolerance of the course's 1e-12 vector: a different summation order changes the last few bits only. */
    private static final double VECTOR_TOL = 1e-12;

    /**
     * The course states E = 2.13e-4 after 5001 iterations (3 significant digits); the book's loop gives 2.13190e-4
     * before the 5001st update and 2.13144e-4 after it, so both must lie in [2.125e-4, 2.135e-4].
     */
    private static final double E5001_LOW = 2.125e-4;
    private static final double E5001_HIGH = 2.135e-4;

    static final double[][] X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    static final double[][] XOR = {{0}, {1}, {1}, {0}};

    private static MarslandNetwork courseNetwork() {
        MarslandNetwork net = new MarslandNetwork(2, 2, 1, 1.0, 0.9, OutputKind.LOGISTIC, new SplittableRandom(1));
        net.setWeights(new double[][] {{.1, -.2}, {.3, .4}, {-.5, .6}}, new double[][] {{.7}, {-.8}, {.9}});
        return net;
    }

    @Test
    void initialErrorIsTheCourseValue() {
        MarslandNetwork net = courseNetwork();
        Close.assertRelative("E0 = error()", net.error(X, XOR), 0.5622812330150291, VECTOR_TOL);
        double[] errors = net.train(X, XOR, 0.25, 1);
        assertThat(errors).hasSize(1);
        Close.assertRelative("E0 = train(...)[0] (error before the update)", errors[0], 0.5622812330150291,
                VECTOR_TOL);
    }

    @Test
    void oneIterationGivesTheCourseWeightsAndError() {
        MarslandNetwork net = courseNetwork();
        net.train(X, XOR, 0.25, 1);
        Close.assertRelative("W1 after 1 iteration", net.weights1(), new double[][] {
                {0.10334766377918515, -0.20288569635576537},
                {0.3029491386970262, 0.39613559281759936},
                {-0.5059989578495563, 0.606996346457029}}, VECTOR_TOL);
        Close.assertRelative("W2 after 1 iteration", net.weights2(), new double[][] {
                {0.7257348885621236}, {-0.7852988248326401}, {0.8614907916401057}}, VECTOR_TOL);
        Close.assertRelative("E1 = error() after 1 iteration", net.error(X, XOR), 0.5526183713497368, VECTOR_TOL);
    }

    @Test
    void secondRecordedErrorIsE1() {
        double[] errors = courseNetwork().train(X, XOR, 0.25, 2);
        assertThat(errors).hasSize(2);
        Close.assertRelative("train(...)[0]", errors[0], 0.5622812330150291, VECTOR_TOL);
        Close.assertRelative("train(...)[1]", errors[1], 0.5526183713497368, VECTOR_TOL);
    }

    @Test
    void fiveThousandAndOneIterationsSolveXor() {
        MarslandNetwork net = courseNetwork();
        double[] errors = net.train(X, XOR, 0.25, 5001);
        assertThat(errors).hasSize(5001);
        assertThat(errors[5000]).as("E before the 5001st update").isBetween(E5001_LOW, E5001_HIGH);
        double finalError = net.error(X, XOR);
        assertThat(finalError).as("E after 5001 iterations").isBetween(E5001_LOW, E5001_HIGH)
                .isLessThan(errors[5000]);
        assertThat(net.confusionMatrix(X, XOR)).as("100% correct").isDeepEqualTo(new int[][] {{2, 0}, {0, 2}});
        double[][] y = net.forward(X);
        for (int i = 0; i < 4; i++) {
            assertThat(Math.abs(y[i][0] - XOR[i][0])).as("|y - t| of row %d", i).isLessThan(0.02);
        }
    }
}
