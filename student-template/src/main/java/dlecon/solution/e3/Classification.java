package dlecon.solution.e3;

/**
 * Confusion matrix C[predicted][actual] and accuracy trace(C) / sum(C). With one output the classes are y &gt; 0.5
 * and t &gt; 0.5 (a 2 x 2 matrix); with K &gt; 1 outputs they are the row-wise argmax (first maximum on ties), K x K.
 */
final class Classification {

    private Classification() {
    }

    /**
     * @param y N x K outputs (not modified); a NaN output is refused rather than silently counted
     * @param t N x K targets (not modified)
     * @return a new matrix, 2 x 2 for K = 1 and K x K otherwise; 0 x 0 when N = 0
     * @throws IllegalArgumentException for different shapes or NaN outputs
     */
    static int[][] confusionMatrix(double[][] y, double[][] t) {
        if (y == null || t == null) {
            throw new IllegalArgumentException("outputs and targets must not be null");
        }
        if (y.length == 0 && t.length == 0) {
            return new int[0][0];
        }
        int k = Shapes.requireSameShape(y, t);
        throw new UnsupportedOperationException("TODO E3 confusion matrix C[predicted][actual] (threshold 0.5 for one output, else argmax)");
    }

    /**
     * @param confusion a square matrix of non-negative counts (not modified)
     * @return trace / sum, NaN when the matrix is empty or all zero
     */
    static double accuracy(int[][] confusion) {
        if (confusion == null) {
            throw new IllegalArgumentException("confusion matrix is null");
        }
        for (int[] row : confusion) {
            if (row == null || row.length != confusion.length) {
                throw new IllegalArgumentException("confusion matrix must be square, " + confusion.length
                        + " rows");
            }
            for (int v : row) {
                if (v < 0) {
                    throw new IllegalArgumentException("confusion matrix has a negative count " + v);
                }
            }
        }
        throw new UnsupportedOperationException("TODO E3 accuracy = trace / sum");
    }

}
