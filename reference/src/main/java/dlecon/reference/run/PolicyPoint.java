package dlecon.reference.run;

/**
 * The trained savings rate at one capital K beside the closed form.
 *
 * @param k          capital K
 * @param network    network savings rate s(K)
 * @param closedForm alpha beta
 * @param absError   |s(K) - alpha beta|
 */
public record PolicyPoint(double k, double network, double closedForm, double absError) {
}
