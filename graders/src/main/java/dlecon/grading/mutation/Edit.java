package dlecon.grading.mutation;

import com.github.javaparser.ast.Node;

/**
 * A proposed mutation: replace the source of {@code target} by {@code replacement}.
 *
 * @param target      the node whose text is replaced
 * @param replacement the new text
 * @param operator    the mutation operator's name
 */
record Edit(Node target, String replacement, String operator) {
}
