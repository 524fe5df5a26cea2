package org.pepiniere.applications.ranking;

/**
 * The inverse of a symmetric positive definite matrix through its Cholesky factor. A call has tens of jurors, a few
 * hundred at most, so a dense O(n³) factorisation takes milliseconds; a library would add a dependency for 40 lines.
 */
final class Cholesky {

    static double[][] inverse(double[][] matrix) {
        int n = matrix.length;
        double[][] lower = factor(matrix);
        double[][] inverse = new double[n][n];
        double[] column = new double[n];
        for (int c = 0; c < n; c++) {
            java.util.Arrays.fill(column, 0);
            column[c] = 1;
            double[] solved = solve(lower, column);
            for (int r = 0; r < n; r++) {
                inverse[r][c] = solved[r];
            }
        }
        return inverse;
    }

    private static double[][] factor(double[][] matrix) {
        int n = matrix.length;
        double[][] lower = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = matrix[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= lower[i][k] * lower[j][k];
                }
                if (i == j) {
                    if (sum <= 0) {
                        throw new IllegalStateException("the matrix is not positive definite");
                    }
                    lower[i][i] = Math.sqrt(sum);
                } else {
                    lower[i][j] = sum / lower[j][j];
                }
            }
        }
        return lower;
    }

    /** Solves L Lᵀ x = b: forward through L, then back through Lᵀ. */
    private static double[] solve(double[][] lower, double[] b) {
        int n = b.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= lower[i][k] * y[k];
            }
            y[i] = sum / lower[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= lower[k][i] * x[k];
            }
            x[i] = sum / lower[i][i];
        }
        return x;
    }

    private Cholesky() {
    }
}
