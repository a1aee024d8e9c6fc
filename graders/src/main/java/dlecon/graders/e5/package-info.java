/**
 * Grader suites of E5 (inverted dropout): the training pass against replays of the documented draws (also at the
 * threshold, with p = 0 and NaN), its statistics, the copy at inference, the backward mask, name and argument checks.
 */
package dlecon.graders.e5;
