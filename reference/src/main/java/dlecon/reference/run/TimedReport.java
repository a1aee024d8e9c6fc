package dlecon.reference.run;

/**
 * A part's report with the wall time the part took.
 *
 * @param report  what the part returned
 * @param seconds wall time of {@link Part#run}, in seconds
 */
public record TimedReport(PartReport report, double seconds) {
}
