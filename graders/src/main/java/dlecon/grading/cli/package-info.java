/** The command line: {@code grade} one submission and {@code grade-batch} a class (picocli). */
package dlecon.grading.cli;
