package dlecon.grading.mutation;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;

/**
 * Java's operator precedence, so that a rewritten expression keeps its meaning inside its parent: text is wrapped in
 * parentheses exactly where the new operator would bind differently (JLS 15; higher binds tighter).
 */
final class Precedence {

    /** Primaries, method calls, array accesses, unary and cast expressions. */
    static final int ATOM = 20;

    private Precedence() {
    }

    /** The precedence of a binary operator. */
    static int of(BinaryExpr.Operator op) {
        return switch (op) {
            case OR -> 1;
            case AND -> 2;
            case BINARY_OR -> 3;
            case XOR -> 4;
            case BINARY_AND -> 5;
            case EQUALS, NOT_EQUALS -> 6;
            case LESS, GREATER, LESS_EQUALS, GREATER_EQUALS -> 7;
            case LEFT_SHIFT, SIGNED_RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT -> 8;
            case PLUS, MINUS -> 9;
            case MULTIPLY, DIVIDE, REMAINDER -> 10;
        };
    }

    /** The precedence of an expression as an operand. */
    static int of(Expression e) {
        if (e instanceof BinaryExpr b) {
            return of(b.getOperator());
        }
        if (e instanceof InstanceOfExpr) {
            return 7;
        }
        if (e instanceof ConditionalExpr || e instanceof AssignExpr || e instanceof LambdaExpr) {
            return 0;
        }
        return ATOM;
    }

    /** {@code text} as an operand of a binary operator of precedence {@code outer}, on the left or right side. */
    static String operand(String text, int inner, int outer, boolean right) {
        return inner < outer || (right && inner == outer && inner < ATOM) ? "(" + text + ")" : text;
    }

    /**
     * {@code text}, an expression of precedence {@code inner}, as it must be written in place of {@code node}: in
     * parentheses when the node's parent would otherwise bind part of it.
     */
    static String inPlaceOf(Expression node, String text, int inner) {
        Node parent = node.getParentNode().orElse(null);
        if (parent instanceof BinaryExpr p) {
            int outer = of(p.getOperator());
            return operand(text, inner, outer, p.getRight() == node);
        }
        boolean tight = parent instanceof UnaryExpr || parent instanceof CastExpr
                || (parent instanceof MethodCallExpr m && m.getScope().orElse(null) == node)
                || (parent instanceof FieldAccessExpr f && f.getScope() == node)
                || (parent instanceof ArrayAccessExpr a && a.getName() == node)
                || (parent instanceof InstanceOfExpr);
        return tight && inner < ATOM ? "(" + text + ")" : text;
    }
}
