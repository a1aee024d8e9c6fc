/**
 * Grader suites of E7 (growth models), one per sheet task or group of tasks: the Euler residuals against the sheet's
 * formulas, the Gauss-Hermite rule, the simulation, the losses and their gradients on hand-made logistic networks,
 * the training loops on the grader's own network and optimizer (replaying the generator), small trained DEQNs
 * (trained with the submission's own E3/E4) and the argument checks.
 */
package dlecon.graders.e7;
