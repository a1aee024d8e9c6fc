/** Tests of the PrairieLearn external grader, run as PrairieLearn runs it, against PrairieLearn's own rules. */
package dlecon.grading.prairielearn;
