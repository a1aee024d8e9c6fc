/** Tests of Classroom 50's result file against the checks of Classroom 50's runner. */
package dlecon.grading.classroom50;
