/** The gradebook as a CSV file Canvas LMS's gradebook importer accepts. */
package dlecon.grading.canvas;
