package dlecon.api.e6;

/**
 * E6 entry point, implemented by {@code dlecon.solution.e6.GenzSolution} (public, no-argument constructor):
 * the Genz (1987) test functions, their closed-form integrals and neural-network surrogates of them.
 */
public interface GenzFactory {
}
