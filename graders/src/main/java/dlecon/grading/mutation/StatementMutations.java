package dlecon.grading.mutation;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The statement operators: a removed expression statement (a lost assignment, update or call), a removed
 * {@code break} or {@code continue}, and a {@code return} that gives 0, the negated value or one of the
 * method's arguments instead.
 */
final class StatementMutations {

    private final SourceText src;

    StatementMutations(SourceText src) {
        this.src = src;
    }

    List<Edit> of(Statement s) {
        List<Edit> out = new ArrayList<>();
        if (s instanceof ExpressionStmt e && !(e.getExpression() instanceof VariableDeclarationExpr)) {
            out.add(new Edit(s, ";", "statement removed"));
        } else if (s instanceof BreakStmt || s instanceof ContinueStmt) {
            out.add(new Edit(s, ";", "statement removed"));
        } else if (s instanceof ReturnStmt r && r.getExpression().isPresent()) {
            returned(r, r.getExpression().get(), out);
        }
        return out;
    }

    private void returned(ReturnStmt r, Expression value, List<Edit> out) {
        String text = src.of(value);
        if (!(value instanceof IntegerLiteralExpr i && i.asNumber().intValue() == 0)) {
            out.add(new Edit(value, "0", "return value"));
        }
        out.add(new Edit(value, "-" + Precedence.operand(text, Precedence.of(value), Precedence.ATOM, false),
                "return value"));
        for (String name : parameters(r)) {
            if (!(value instanceof NameExpr n && n.getNameAsString().equals(name))) {
                out.add(new Edit(value, name, "return value"));
            }
        }
    }

    /** The parameter names of the lambda or method the return statement belongs to. */
    private static List<String> parameters(Node r) {
        Node n = r.getParentNode().orElse(null);
        while (n != null && !(n instanceof LambdaExpr) && !(n instanceof CallableDeclaration)) {
            n = n.getParentNode().orElse(null);
        }
        List<String> names = new ArrayList<>();
        if (n instanceof LambdaExpr l) {
            l.getParameters().forEach(p -> names.add(p.getNameAsString()));
        } else if (n instanceof CallableDeclaration<?> c) {
            for (Parameter p : c.getParameters()) {
                names.add(p.getNameAsString());
            }
        }
        return names;
    }
}
