/** What grader authors use: the suite and test annotations, harness-derived seeds, partial credit and structured numeric failures. */
package dlecon.grading.api;
