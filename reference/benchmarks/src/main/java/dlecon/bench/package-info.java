/** JMH microbenchmarks of one training step (forward, backward, Adam) of the reference MLP. */
package dlecon.bench;
