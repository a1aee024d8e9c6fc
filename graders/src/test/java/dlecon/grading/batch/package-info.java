/** Tests of class-wide grading: time limits per student and the gradebook. */
package dlecon.grading.batch;
