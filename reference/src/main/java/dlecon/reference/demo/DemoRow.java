package dlecon.reference.demo;

/**
 * One line of the demonstration's results table.
 *
 * @param experiment what was trained
 * @param setting    the hyperparameters that matter
 * @param result     what was measured
 * @param course     the course's figure for comparison (or "-")
 */
public record DemoRow(String experiment, String setting, String result, String course) {
}
