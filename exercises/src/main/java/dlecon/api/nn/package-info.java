/** Building blocks shared by E3 to E5: trainable parameters with accumulated gradients, layers and objectives. */
package dlecon.api.nn;
