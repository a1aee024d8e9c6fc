/** Tests of the E5 reference: dropout's mask statistics, exact forward and backward passes, and argument checks. */
package dlecon.solution.e5;
