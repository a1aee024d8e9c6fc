/** Class-wide grading: every sub-folder a submission, run in parallel, split into shards, merged into one gradebook. */
package dlecon.grading.batch;
