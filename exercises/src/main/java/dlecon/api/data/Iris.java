package dlecon.api.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fisher's Iris data (UCI Machine Learning Repository, 150 rows, public domain), shipped as the resource
 * {@code iris.data} in the UCI format: sepal length, sepal width, petal length, petal width, class.
 */
public final class Iris {

    /** Class names in target-column order. */
    public static final List<String> CLASSES = List.of("Iris-setosa", "Iris-versicolor", "Iris-virginica");

    private Iris() {
    }

    /** The raw data: x is 150 x 4 (centimetres), t is 150 x 3 one-hot, rows in file order. */
    public static Dataset load() {
        try (InputStream in = Iris.class.getResourceAsStream("iris.data")) {
            if (in == null) {
                throw new IllegalStateException("resource dlecon/api/data/iris.data is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<double[]> xs = new ArrayList<>();
            List<double[]> ts = new ArrayList<>();
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                if (f.length != 5) {
                    throw new IllegalStateException("iris.data line " + lineNo + ": expected 5 fields");
                }
                double[] x = new double[4];
                for (int j = 0; j < 4; j++) {
                    x[j] = Double.parseDouble(f[j].trim());
                }
                int c = CLASSES.indexOf(f[4].trim());
                if (c < 0) {
                    throw new IllegalStateException("iris.data line " + lineNo + ": unknown class " + f[4]);
                }
                double[] t = new double[3];
                t[c] = 1;
                xs.add(x);
                ts.add(t);
            }
            return new Dataset(xs.toArray(new double[0][]), ts.toArray(new double[0][]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
