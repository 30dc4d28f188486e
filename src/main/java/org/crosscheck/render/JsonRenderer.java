package org.crosscheck.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import org.crosscheck.query.Column;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;

/**
 * One JSON object per result, on one line:
 * {@code {"query": "...", "columns": ["id", ...], "rows": [{"id": "000", ...}, ...]}}, with {@code "note"} before
 * {@code "rows"} when the result has one (why it is empty, for example).
 * Lists are arrays, numbers numbers, booleans booleans, missing values null.
 */
public final class JsonRenderer implements Renderer {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String render(Table table, String query) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("query", query);
        ArrayNode columns = root.putArray("columns");
        List<Column> cols = table.columns();
        for (Column c : cols) {
            columns.add(c.name());
        }
        if (!table.note().isEmpty()) {
            root.put("note", table.note());
        }
        ArrayNode rows = root.putArray("rows");
        for (Row row : table.rows()) {
            ObjectNode object = rows.addObject();
            for (int c = 0; c < cols.size(); c++) {
                Object value = c < row.values().size() ? row.get(c) : null;
                put(object, cols.get(c).name(), value);
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void put(ObjectNode object, String name, Object value) {
        switch (value) {
            case null -> object.putNull(name);
            case Boolean b -> object.put(name, b);
            case Integer i -> object.put(name, i);
            case Long l -> object.put(name, l);
            case Short s -> object.put(name, s);
            case Byte b -> object.put(name, b.intValue());
            case Double d -> object.put(name, d);
            case Float f -> object.put(name, f);
            case BigInteger b -> object.put(name, b);
            case BigDecimal b -> object.put(name, b);
            case Number n -> object.put(name, n.doubleValue());
            case Collection<?> list -> {
                ArrayNode array = object.putArray(name);
                for (Object item : list) {
                    if (item == null) {
                        array.addNull();
                    } else if (item instanceof Number || item instanceof Boolean) {
                        array.add(MAPPER.valueToTree(item));
                    } else {
                        array.add(item.toString());
                    }
                }
            }
            default -> object.put(name, value.toString());
        }
    }
}
