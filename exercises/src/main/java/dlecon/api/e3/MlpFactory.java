package dlecon.api.e3;

import dlecon.api.nn.Layer;
import java.util.List;
import java.util.random.RandomGenerator;

/** E3 entry point, implemented by {@code dlecon.solution.e3.MlpSolution} (public, no-argument constructor). */
public interface MlpFactory {

    /** The activation g of the given kind (formulas in {@link ActivationKind}). */
    Activation activation(ActivationKind kind);

    /** The loss of the given kind (formulas in {@link LossKind}). */
    Loss loss(LossKind kind);

    /** The initialiser of the given kind (formulas in {@link InitKind}). */
    Initializer initializer(InitKind kind);

    /**
     * A dense (affine) layer Y = X W + b with W (n_in x n_out) drawn by {@code init} from {@code rng} and b = 0.
     * Its parameters are, in this order, W ({@code rows = n_in, cols = n_out}) and b ({@code 1 x n_out}).
     * Backward: dE/dW += X^T dE/dY, dE/db += column sums of dE/dY, dE/dX = dE/dY W^T.
     */
    Layer dense(int nIn, int nOut, InitKind init, RandomGenerator rng);

    /** An element-wise activation layer Y = g(X); backward dE/dX = g'(X) * dE/dY. No parameters, any width. */
    Layer activationLayer(ActivationKind kind);

    /** A row-wise output-function layer (see {@link OutputKind}); no parameters, any width. */
    Layer outputLayer(OutputKind kind);

    /** A network applying {@code layers} in order (the list is copied, the layers are not). */
    Network network(List<Layer> layers);

    /** The training loop. */
    Trainer trainer();

    /**
     * Confusion matrix C[predicted][actual] of outputs y against targets t (both N x K): with K = 1 the classes are
     * y &gt; 0.5 and t &gt; 0.5 (2 x 2); with K &gt; 1 the argmax of each row (K x K).
     */
    int[][] confusionMatrix(double[][] y, double[][] t);

    /** trace(C) / sum(C); NaN for an empty matrix. */
    double accuracy(int[][] confusion);

    /**
     * Marsland's two-layer network with W1 and W2 drawn as (u - 0.5) * 2 / sqrt(n_in) and (u - 0.5) * 2 / sqrt(H)
     * from {@code rng} (W1 first, row by row).
     *
     * @param output   IDENTITY (the book's "linear"), LOGISTIC or SOFTMAX
     * @param beta     steepness of the sigmoids
     * @param momentum momentum m of the updates (0.9 in the book)
     */
    MarslandMlp marsland(int nIn, int nHidden, int nOut, double beta, double momentum, OutputKind output,
                         RandomGenerator rng);
}
