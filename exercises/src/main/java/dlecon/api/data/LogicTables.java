package dlecon.api.data;

/** The two-input logic functions of Marsland ch. 3: inputs [[0,0],[0,1],[1,0],[1,1]]. */
public final class LogicTables {

    private LogicTables() {
    }

    /** The four inputs, a fresh 4 x 2 array. */
    public static double[][] inputs() {
        return new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    }

    /** AND: targets [0, 0, 0, 1]. */
    public static Dataset and() {
        return new Dataset(inputs(), new double[][] {{0}, {0}, {0}, {1}});
    }

    /** OR: targets [0, 1, 1, 1]. */
    public static Dataset or() {
        return new Dataset(inputs(), new double[][] {{0}, {1}, {1}, {1}});
    }

    /** XOR: targets [0, 1, 1, 0]. */
    public static Dataset xor() {
        return new Dataset(inputs(), new double[][] {{0}, {1}, {1}, {0}});
    }
}
