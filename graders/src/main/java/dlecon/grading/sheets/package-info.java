/** Keeps the exercise sheets' "what is graded" tables generated from the grader suites, so they cannot disagree. */
package dlecon.grading.sheets;
