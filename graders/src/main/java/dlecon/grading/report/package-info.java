/**
 * Report writers that format one immutable {@link dlecon.grading.model.GradeReport} as console text, Markdown,
 * Gradescope and GitHub Classroom JSON, JUnit XML and a CSV gradebook row.
 */
package dlecon.grading.report;
