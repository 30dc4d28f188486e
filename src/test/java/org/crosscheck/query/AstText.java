package org.crosscheck.query;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.query.ast.Span;
import org.crosscheck.query.ast.Statement;

/** A compact text form of an AST without positions, for comparing parse results in tests. */
final class AstText {
    private AstText() {
    }

    static String of(Object node) {
        if (node == null) {
            return "-";
        }
        if (node instanceof List<?> list) {
            return list.stream().map(AstText::of).collect(Collectors.joining(", ", "[", "]"));
        }
        if (node instanceof String s) {
            return '"' + s + '"';
        }
        Class<?> c = node.getClass();
        if (!c.isRecord()) {
            return String.valueOf(node);
        }
        StringBuilder b = new StringBuilder(c.getSimpleName()).append('(');
        boolean first = true;
        for (RecordComponent rc : c.getRecordComponents()) {
            boolean statement = Statement.class.isAssignableFrom(c);
            if (rc.getType() == Span.class || statement && List.of("text", "line", "column").contains(rc.getName())) {
                continue;
            }
            try {
                Object v = rc.getAccessor().invoke(node);
                if (!first) {
                    b.append(' ');
                }
                first = false;
                b.append(of(v));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return b.append(')').toString();
    }
}
