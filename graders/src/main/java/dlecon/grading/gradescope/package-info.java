/** Gradescope's autograder: grading {@code /autograder/submission} into {@code results.json}, and packing the zip. */
package dlecon.grading.gradescope;
