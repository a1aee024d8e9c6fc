package dlecon.grading.mutation;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The expression operators: arithmetic operator replacement and operand deletion, swapped operands, relational
 * boundary, negation and direction, logical connectives, conditions forced true or false, removed negations and
 * signs, increments, constants (0, 1, +-1, x2), array indices +-1 and swapped, swapped arguments,
 * {@code Math.max}/{@code min} swapped, {@code Math} functions removed, casts removed and compound assignments.
 */
final class ExpressionMutations {

    private static final List<BinaryExpr.Operator> ARITHMETIC = List.of(BinaryExpr.Operator.PLUS,
            BinaryExpr.Operator.MINUS, BinaryExpr.Operator.MULTIPLY, BinaryExpr.Operator.DIVIDE);
    /** One-argument {@code Math} functions whose removal (f(x) -> x) is a realistic slip. */
    private static final Set<String> MATH_FUNCTIONS = Set.of("abs", "sqrt", "exp", "log", "log1p", "expm1", "tanh",
            "floor", "ceil", "round", "signum", "cos", "sin", "atan");

    private final SourceText src;

    ExpressionMutations(SourceText src) {
        this.src = src;
    }

    /** Every edit of this node's own construct (its children are visited separately). */
    List<Edit> of(Expression e) {
        List<Edit> out = new ArrayList<>();
        if (e instanceof BinaryExpr b) {
            binary(b, out);
        } else if (e instanceof UnaryExpr u) {
            unary(u, out);
        } else if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr || e instanceof DoubleLiteralExpr) {
            constant(e, out);
        } else if (e instanceof BooleanLiteralExpr b) {
            out.add(new Edit(e, Boolean.toString(!b.getValue()), "constant"));
        } else if (e instanceof ArrayAccessExpr a) {
            index(a, out);
        } else if (e instanceof MethodCallExpr m) {
            call(m, out);
            if (!isMath(m, Set.of("max", "min", "hypot"))) { // symmetric in their arguments: a swap changes nothing
                swapArguments(m, m.getArguments(), out);
            }
        } else if (e instanceof ObjectCreationExpr o) {
            swapArguments(o, o.getArguments(), out);
        } else if (e instanceof CastExpr c && c.getType().isPrimitiveType()) {
            out.add(new Edit(e, Precedence.inPlaceOf(e, src.of(c.getExpression()), Precedence.of(c.getExpression())),
                    "cast removed"));
        } else if (e instanceof AssignExpr a) {
            assignment(a, out);
        } else if (e instanceof ConditionalExpr c) {
            forced(c.getCondition(), out);
        }
        if (e.getParentNode().orElse(null) instanceof IfStmt s && s.getCondition() == e) {
            forced(e, out);
        }
        return out;
    }

    private void binary(BinaryExpr b, List<Edit> out) {
        BinaryExpr.Operator op = b.getOperator();
        if (ARITHMETIC.contains(op) || op == BinaryExpr.Operator.REMAINDER) {
            for (BinaryExpr.Operator other : ARITHMETIC) {
                if (other != op) {
                    out.add(new Edit(b, rewrite(b, src.of(b.getLeft()), other, src.of(b.getRight()), false),
                            "arithmetic"));
                }
            }
            out.add(new Edit(b, Precedence.inPlaceOf(b, src.of(b.getLeft()), Precedence.of(b.getLeft())),
                    "operand deleted"));
            out.add(new Edit(b, Precedence.inPlaceOf(b, src.of(b.getRight()), Precedence.of(b.getRight())),
                    "operand deleted"));
            if ((op == BinaryExpr.Operator.MINUS && !insideAbs(b)) || op == BinaryExpr.Operator.DIVIDE) {
                out.add(new Edit(b, rewrite(b, src.of(b.getRight()), op, src.of(b.getLeft()), true), "swapped operands"));
            }
        }
        for (BinaryExpr.Operator other : relational(op)) {
            out.add(new Edit(b, rewrite(b, src.of(b.getLeft()), other, src.of(b.getRight()), false), "relational"));
        }
        if (op == BinaryExpr.Operator.AND || op == BinaryExpr.Operator.OR) {
            out.add(new Edit(b, rewrite(b, src.of(b.getLeft()), op == BinaryExpr.Operator.AND ? BinaryExpr.Operator.OR
                    : BinaryExpr.Operator.AND, src.of(b.getRight()), false), "logical"));
            forced(b.getLeft(), out);
            forced(b.getRight(), out);
        }
    }

    /** Boundary (< and <=), negation (< and >=) and direction (< and >) of a comparison. */
    private static List<BinaryExpr.Operator> relational(BinaryExpr.Operator op) {
        return switch (op) {
            case LESS -> List.of(BinaryExpr.Operator.LESS_EQUALS, BinaryExpr.Operator.GREATER_EQUALS,
                    BinaryExpr.Operator.GREATER);
            case LESS_EQUALS -> List.of(BinaryExpr.Operator.LESS, BinaryExpr.Operator.GREATER,
                    BinaryExpr.Operator.GREATER_EQUALS);
            case GREATER -> List.of(BinaryExpr.Operator.GREATER_EQUALS, BinaryExpr.Operator.LESS_EQUALS,
                    BinaryExpr.Operator.LESS);
            case GREATER_EQUALS -> List.of(BinaryExpr.Operator.GREATER, BinaryExpr.Operator.LESS,
                    BinaryExpr.Operator.LESS_EQUALS);
            case EQUALS -> List.of(BinaryExpr.Operator.NOT_EQUALS);
            case NOT_EQUALS -> List.of(BinaryExpr.Operator.EQUALS);
            default -> List.of();
        };
    }

    /** A condition replaced by true and by false. */
    private void forced(Expression condition, List<Edit> out) {
        if (!(condition instanceof BooleanLiteralExpr)) {
            out.add(new Edit(condition, "true", "condition forced"));
            out.add(new Edit(condition, "false", "condition forced"));
        }
    }

    private String rewrite(BinaryExpr b, String left, BinaryExpr.Operator op, String right, boolean swapped) {
        int p = Precedence.of(op);
        Expression l = swapped ? b.getRight() : b.getLeft();
        Expression r = swapped ? b.getLeft() : b.getRight();
        String text = Precedence.operand(left, Precedence.of(l), p, false) + " " + op.asString() + " "
                + Precedence.operand(right, Precedence.of(r), p, true);
        return Precedence.inPlaceOf(b, text, p);
    }

    private void unary(UnaryExpr u, List<Edit> out) {
        String inner = src.of(u.getExpression());
        switch (u.getOperator()) {
            case MINUS -> out.add(new Edit(u, Precedence.inPlaceOf(u, inner, Precedence.of(u.getExpression())),
                    "sign removed"));
            case LOGICAL_COMPLEMENT -> out.add(new Edit(u, Precedence.inPlaceOf(u, inner,
                    Precedence.of(u.getExpression())), "negation removed"));
            case POSTFIX_INCREMENT -> out.add(new Edit(u, inner + "--", "increment"));
            case POSTFIX_DECREMENT -> out.add(new Edit(u, inner + "++", "increment"));
            case PREFIX_INCREMENT -> out.add(new Edit(u, "--" + inner, "increment"));
            case PREFIX_DECREMENT -> out.add(new Edit(u, "++" + inner, "increment"));
            default -> {
            }
        }
    }

    /** 0, 1, v + 1, v - 1 and 2 v for a numeric literal v (an array length only shrinks). */
    private void constant(Expression e, List<Edit> out) {
        boolean dimension = e.getParentNode().orElse(null) instanceof com.github.javaparser.ast.ArrayCreationLevel;
        Set<String> texts = new LinkedHashSet<>();
        if (e instanceof DoubleLiteralExpr d) {
            double v = d.asDouble();
            for (double w : new double[] {0, 1, v + 1, v - 1, 2 * v}) {
                if (w != v && !(w == 0 && v == 0)) {
                    texts.add(w < 0 ? "(" + Double.toString(w) + ")" : Double.toString(w));
                }
            }
        } else {
            boolean isLong = e instanceof LongLiteralExpr;
            long v = isLong ? ((LongLiteralExpr) e).asNumber().longValue()
                    : ((IntegerLiteralExpr) e).asNumber().longValue();
            long[] candidates = dimension ? new long[] {0, v - 1} : new long[] {0, 1, v + 1, v - 1, 2 * v};
            for (long w : candidates) {
                if (w != v && (isLong || (w >= Integer.MIN_VALUE && w <= Integer.MAX_VALUE))) {
                    String t = w + (isLong ? "L" : "");
                    texts.add(w < 0 ? "(" + t + ")" : t);
                }
            }
        }
        for (String t : texts) {
            out.add(new Edit(e, t, "constant"));
        }
    }

    private void index(ArrayAccessExpr a, List<Edit> out) {
        Expression i = a.getIndex();
        String text = Precedence.operand(src.of(i), Precedence.of(i), Precedence.of(BinaryExpr.Operator.PLUS), false);
        out.add(new Edit(i, text + " + 1", "index"));
        out.add(new Edit(i, text + " - 1", "index"));
        if (a.getName() instanceof ArrayAccessExpr inner && !src.of(inner.getIndex()).equals(src.of(i))) {
            out.add(new Edit(a, src.of(a, List.of(inner.getIndex(), i), List.of(src.of(i), src.of(inner.getIndex()))),
                    "swapped indices"));
        }
    }

    /** True for a call {@code Math.<name>(...)} with one of the given names. */
    private static boolean isMath(MethodCallExpr m, Set<String> names) {
        return names.contains(m.getNameAsString()) && m.getScope()
                .filter(s -> s instanceof NameExpr n && n.getNameAsString().equals("Math")).isPresent();
    }

    /** True when {@code b} is the argument of {@code Math.abs}, where |a - b| = |b - a| makes a swap equivalent. */
    private static boolean insideAbs(BinaryExpr b) {
        Node p = b.getParentNode().orElse(null);
        while (p instanceof com.github.javaparser.ast.expr.EnclosedExpr) {
            p = p.getParentNode().orElse(null);
        }
        return p instanceof MethodCallExpr m && isMath(m, Set.of("abs"));
    }

    private void call(MethodCallExpr m, List<Edit> out) {
        boolean math = m.getScope().filter(s -> s instanceof NameExpr n && n.getNameAsString().equals("Math"))
                .isPresent();
        if (!math) {
            return;
        }
        String name = m.getNameAsString();
        if (name.equals("max") || name.equals("min")) {
            out.add(new Edit(m.getName(), name.equals("max") ? "min" : "max", "min/max swapped"));
        } else if (m.getArguments().size() == 1 && MATH_FUNCTIONS.contains(name.toLowerCase(Locale.ROOT))) {
            Expression arg = m.getArgument(0);
            out.add(new Edit(m, Precedence.inPlaceOf(m, src.of(arg), Precedence.of(arg)), "function removed"));
        }
    }

    private void swapArguments(Node call, List<Expression> args, List<Edit> out) {
        for (int k = 0; k + 1 < args.size(); k++) {
            String a = src.of(args.get(k));
            String b = src.of(args.get(k + 1));
            if (!a.equals(b)) {
                out.add(new Edit(call, src.of(call, List.of(args.get(k), args.get(k + 1)), List.of(b, a)),
                        "swapped arguments"));
            }
        }
    }

    private void assignment(AssignExpr a, List<Edit> out) {
        AssignExpr.Operator op = a.getOperator();
        String target = src.of(a.getTarget());
        String value = src.of(a.getValue());
        AssignExpr.Operator swap = switch (op) {
            case PLUS -> AssignExpr.Operator.MINUS;
            case MINUS -> AssignExpr.Operator.PLUS;
            case MULTIPLY -> AssignExpr.Operator.DIVIDE;
            case DIVIDE -> AssignExpr.Operator.MULTIPLY;
            default -> null;
        };
        if (swap != null) {
            out.add(new Edit(a, target + " " + swap.asString() + " " + value, "compound assignment"));
            out.add(new Edit(a, target + " = " + value, "compound assignment"));
        }
    }
}
