/** Tests of reading uploaded submissions and of packing the grader's class path for hosted graders. */
package dlecon.grading.hosted;
