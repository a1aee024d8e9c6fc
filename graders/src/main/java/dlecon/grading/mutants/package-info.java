/** Known-wrong implementations: typical student bugs as small edits of the reference, and the table of who catches them. */
package dlecon.grading.mutants;
