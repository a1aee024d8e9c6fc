/** Grader suites with short time budgets for the hostile submissions' run-time attacks (found per exercise). */
package dlecon.grading.hostile.suites;
