/** Checks over all of the reference's solution packages (the solution-marker convention and the generated template). */
package dlecon.solution;
