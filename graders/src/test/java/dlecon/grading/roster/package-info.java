/** Tests of the roster's reading rules and of its join with a gradebook. */
package dlecon.grading.roster;
