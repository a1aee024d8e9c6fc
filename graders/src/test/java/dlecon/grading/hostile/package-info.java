/** Hostile submissions graded through the command path, each attack with its expected, contained outcome. */
package dlecon.grading.hostile;
