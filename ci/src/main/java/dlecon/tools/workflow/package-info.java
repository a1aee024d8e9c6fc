/** Rehearses a GitHub Actions workflow locally: its jobs, matrices, run steps, outputs and artifacts, in order. */
package dlecon.tools.workflow;
