/** Automatic mutation analysis: mutants generated from the reference's solution regions, graded in worker JVMs, and the score per exercise. */
package dlecon.grading.mutation;
