/** PrairieLearn's external grader: grading {@code /grade/student}, its results file and the course files. */
package dlecon.grading.prairielearn;
