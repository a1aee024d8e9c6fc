package dlecon.api;

import dlecon.api.e1.GradientDescent;
import dlecon.api.e2.PerceptronFactory;
import dlecon.api.e3.MlpFactory;
import dlecon.api.e4.OptimizerFactory;
import dlecon.api.e5.DropoutFactory;
import dlecon.api.e6.GenzFactory;
import dlecon.api.e7.GrowthModels;

/**
 * The exercises of the course, each bound to its API entry interface and to the fixed name of the class that
 * implements it (in the reference, the student template and every submission).
 */
public enum Exercise {
    E1("Gradient descent and SGD", GradientDescent.class, "dlecon.solution.e1.GradientDescentSolution"),
    E2("Perceptron", PerceptronFactory.class, "dlecon.solution.e2.PerceptronSolution"),
    E3("MLP and backpropagation", MlpFactory.class, "dlecon.solution.e3.MlpSolution"),
    E4("Optimizers", OptimizerFactory.class, "dlecon.solution.e4.OptimizerSolution"),
    E5("Dropout", DropoutFactory.class, "dlecon.solution.e5.DropoutSolution"),
    E6("Genz functions and surrogates", GenzFactory.class, "dlecon.solution.e6.GenzSolution"),
    E7("Growth models (Deep Equilibrium Nets)", GrowthModels.class, "dlecon.solution.e7.GrowthSolution");

    private final String title;
    private final Class<?> api;
    private final String implementation;

    Exercise(String title, Class<?> api, String implementation) {
        this.title = title;
        this.api = api;
        this.implementation = implementation;
    }

    /** Human-readable title. */
    public String title() {
        return title;
    }

    /** The API interface the implementation class must implement. */
    public Class<?> api() {
        return api;
    }

    /** Fully qualified name of the implementing class. */
    public String implementationClass() {
        return implementation;
    }

    /** The Java package holding this exercise's solution, e.g. {@code dlecon.solution.e3}. */
    public String solutionPackage() {
        return implementation.substring(0, implementation.lastIndexOf('.'));
    }
}
