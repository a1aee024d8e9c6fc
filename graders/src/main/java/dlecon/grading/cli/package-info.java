/** The command line: {@code grade} one submission, {@code grade-batch} a class, {@code gradescope} and {@code package-gradescope} for Gradescope's autograder (picocli). */
package dlecon.grading.cli;
