/** The side of a grading run inside the forked test JVM: runs planned grader tests and reports on a private channel. */
package dlecon.grading.runner;
