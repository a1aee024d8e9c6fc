/** What the hosted graders (Gradescope, PrairieLearn) share: reading an uploaded submission, packing the grader. */
package dlecon.grading.hosted;
