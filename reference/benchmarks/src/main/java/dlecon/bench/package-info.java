/**
 * Benchmarks of the reference against PyTorch CPU: JMH microbenchmarks of one training step and a plain harness
 * ({@link dlecon.bench.SolveBenchmark}) timing whole workloads (a DEQN solve, a Genz surrogate fit).
 */
package dlecon.bench;
