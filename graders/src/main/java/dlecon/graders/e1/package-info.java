/** Grader suites of E1 (gradient descent): notebook paths, stopping rules and linear-regression descent. */
package dlecon.graders.e1;
