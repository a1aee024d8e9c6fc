package dlecon.api.e7;

/**
 * E7 entry point, implemented by {@code dlecon.solution.e7.GrowthSolution} (public, no-argument constructor):
 * Euler-equation residuals of growth models and their neural-network solvers (Deep Equilibrium Nets).
 */
public interface GrowthModels {
}
