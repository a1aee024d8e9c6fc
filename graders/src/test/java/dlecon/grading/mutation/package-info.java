/** Tests of the mutation analysis: the operators and their parentheses, regions, keys, the equivalent list and the report. */
package dlecon.grading.mutation;
