package dlecon.solution.e3;

/**
 * The matrix products behind {@link DenseLayer}, on matrices held as arrays of rows. C2 (the JIT compiler)
 * vectorises a loop y[j] += a * w[j] only when every array is indexed by the loop variable itself (no offsets
 * into a flat array), so the flat, row-major parameter arrays are copied into rows (a memory copy, cheap next to
 * the products) and the inner loops run over whole rows, several rows at a time to save loads and stores.
 */
final class DenseKernels {

    private DenseKernels() {
    }

}
