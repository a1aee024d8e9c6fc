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
        // BEGIN SOLUTION: E3 confusion matrix C[predicted][actual] (threshold 0.5 for one output, else argmax)
        int classes = k == 1 ? 2 : k;
        int[][] c = new int[classes][classes];
        for (int n = 0; n < y.length; n++) {
            for (int j = 0; j < k; j++) {
                if (Double.isNaN(y[n][j])) {
                    throw new IllegalArgumentException("output y[" + n + "][" + j + "] is NaN");
                }
            }
            int predicted = k == 1 ? (y[n][0] > 0.5 ? 1 : 0) : argmax(y[n]);
            int actual = k == 1 ? (t[n][0] > 0.5 ? 1 : 0) : argmax(t[n]);
            c[predicted][actual]++;
        }
        return c;
        // END SOLUTION
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
        // BEGIN SOLUTION: E3 accuracy = trace / sum
        long trace = 0;
        long sum = 0;
        for (int i = 0; i < confusion.length; i++) {
            trace += confusion[i][i];
            for (int v : confusion[i]) {
                sum += v;
            }
        }
        return sum == 0 ? Double.NaN : (double) trace / sum;
        // END SOLUTION
    }

    // BEGIN REMOVE
    private static int argmax(double[] row) {
        int best = 0;
        for (int j = 1; j < row.length; j++) {
            if (row[j] > row[best]) {
                best = j;
            }
        }
        return best;
    }
    // END REMOVE
}
