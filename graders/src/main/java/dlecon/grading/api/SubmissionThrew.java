package dlecon.grading.api;

/**
 * Stands in for a throwable of the submission's own classes (or one that carries such a cause) that escaped a test:
 * its text is {@link SafeText#describe(Throwable)}, it has no cause and no stack trace, so neither the test framework
 * nor the reports ever call the submission's overridden {@code getMessage}, {@code getCause} or
 * {@code getStackTrace}. The test scores 0 as an error; the other tests are untouched.
 */
public final class SubmissionThrew extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param description the safe description of the submission's throwable */
    SubmissionThrew(String description) {
        super(description, null, false, false);
    }

    /**
     * {@code t} itself when it and its causes (as far as they are read) are trusted classes, else a stand-in. Causes
     * are read only from trusted throwables, at most 32 deep.
     */
    static Throwable screen(Throwable t) {
        Throwable c = t;
        for (int depth = 0; c != null && depth < 32; depth++) {
            if (!SafeText.trusted(c.getClass())) {
                return new SubmissionThrew(SafeText.describe(t));
            }
            c = c.getCause();
        }
        return t;
    }
}
