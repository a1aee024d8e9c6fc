/** A class roster (who the submissions belong to in the LMS) joined with a batch's gradebook, for LMS exports. */
package dlecon.grading.roster;
