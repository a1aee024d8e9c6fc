/** Tests of the Moodle export against the rules of Moodle's CSV grade import. */
package dlecon.grading.moodle;
