package dlecon.graders.e6;

/** The tasks of the E6 sheet, {@code "<number> <title>"}, as the tests name them in {@code @Graded(task)}. */
final class Tasks {

    /** {@code evaluate} of the six Genz functions (through {@code GenzFunction.value}). */
    static final String VALUES = "1 Genz function values";
    /** {@code integral} of the six Genz functions. */
    static final String INTEGRALS = "2 closed-form integrals";
    /** {@code Erf.erf}. */
    static final String ERF = "3 error function";
    /** {@code normalise} and {@code drawParameters}. */
    static final String PARAMETERS = "4 normalised and random parameters";
    /** {@code SurrogateExperiment.run}. */
    static final String SURROGATE = "5 surrogate experiment";
    /** The {@code IllegalArgumentException}s of {@code value}, {@code normalise}, {@code drawParameters} and
     * {@code surrogate}. */
    static final String CHECKS = "6 argument checks";

    private Tasks() {
    }
}
