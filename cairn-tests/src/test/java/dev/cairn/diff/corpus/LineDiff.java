package dev.cairn.diff.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified-style line diff ({@code -} expected, {@code +} actual, hunks with three lines of context), so
 * a changed golden plan reads like a patch. Longest common subsequence: plans are a few dozen lines.
 */
final class LineDiff {
    private static final int CONTEXT = 3;

    private LineDiff() {}

    static String unified(String expectedName, String expected, String actualName, String actual) {
        List<String> a = List.of(expected.split("\n", -1));
        List<String> b = List.of(actual.split("\n", -1));
        List<String> ops = edits(a, b);
        StringBuilder out = new StringBuilder("--- ").append(expectedName).append("\n+++ ").append(actualName).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).charAt(0) == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend the hunk while changes are closer than two contexts apart
            for (int j = i; j < ops.size(); j++) {
                if (ops.get(j).charAt(0) != ' ') {
                    end = j;
                } else if (j - end > 2 * CONTEXT) {
                    break;
                }
            }
            int stop = Math.min(ops.size(), end + CONTEXT + 1);
            out.append("@@ line ").append(expectedLine(ops, start)).append(" @@\n");
            for (int k = start; k < stop; k++) {
                out.append(ops.get(k)).append('\n');
            }
            i = stop;
        }
        return out.toString();
    }

    /** 1-based line of the expected text where the op at {@code index} stands. */
    private static int expectedLine(List<String> ops, int index) {
        int line = 1;
        for (int k = 0; k < index; k++) {
            if (ops.get(k).charAt(0) != '+') {
                line++;
            }
        }
        return line;
    }

    private static List<String> edits(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                ops.add(" " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add("-" + a.get(i++));
            } else {
                ops.add("+" + b.get(j++));
            }
        }
        return ops;
    }
}
