package dlecon.api.e3;

/**
 * Output functions applied row-wise to the last layer's pre-activations a (one row per sample):
 * <ul>
 *   <li>IDENTITY: y = a (regression)</li>
 *   <li>LOGISTIC: y_k = 1 / (1 + exp(-a_k)) (independent binary outputs)</li>
 *   <li>SOFTMAX: y_k = exp(a_k - max_j a_j) / sum_j exp(a_j - max_j a_j) (one class of K; the shift by the row
 *   maximum keeps it from overflowing)</li>
 * </ul>
 * Backward passes use the full Jacobian: for softmax dE/da_k = y_k (dE/dy_k - sum_j y_j dE/dy_j).
 */
public enum OutputKind {
    IDENTITY, LOGISTIC, SOFTMAX
}
