/** One grading run of a submission: locate its sources, plan the tests, compile, check, run in the sandbox, score. */
package dlecon.grading.engine;
