/**
 * Report writers that format one immutable {@link dlecon.grading.model.GradeReport} as console text, Markdown,
 * Gradescope JSON, JUnit XML (one file and one per exercise) and a CSV gradebook row.
 */
package dlecon.grading.report;
