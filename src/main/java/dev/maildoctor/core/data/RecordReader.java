package dev.maildoctor.core.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the bundled data's records from a JSON tree, following the same Jackson annotations the
 * YAML loaders use ({@code @JsonProperty} names on record components and enum constants, a
 * delegating {@code @JsonCreator}). It covers only what those records use: strings, numbers,
 * booleans, lists, string-keyed maps, enums and nested records. Unknown keys fail, as in the
 * YAML loaders.
 */
final class RecordReader {
    private RecordReader() {
    }

    static <T> T read(JsonNode node, Class<T> type) {
        @SuppressWarnings("unchecked")
        T value = (T) value(node, type, "$");
        return value;
    }

    private static Object value(JsonNode node, Type type, String path) {
        Class<?> raw = raw(type);
        if (node == null || node.isNull()) {
            return missing(raw);
        }
        if (raw == String.class && node.isValueNode()) {
            return node.asText();
        }
        if ((raw == Integer.class || raw == int.class) && node.canConvertToInt()) {
            return node.intValue();
        }
        if ((raw == Double.class || raw == double.class) && node.isNumber()) {
            return node.doubleValue();
        }
        if ((raw == Boolean.class || raw == boolean.class) && node.isBoolean()) {
            return node.booleanValue();
        }
        if (raw == List.class && node.isArray()) {
            Type element = argument(type, 0);
            List<Object> list = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                list.add(value(node.get(i), element, path + "[" + i + "]"));
            }
            return list;
        }
        if (raw == Map.class && node.isObject()) {
            Type valueType = argument(type, 1);
            Map<String, Object> map = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                map.put(e.getKey(), value(e.getValue(), valueType, path + "." + e.getKey()));
            }
            return map;
        }
        if (raw.isEnum() && node.isTextual()) {
            return constant(raw, node.asText(), path);
        }
        if (raw.isRecord()) {
            Shape shape = SHAPES.get(raw);
            if (shape.delegating() != null) {
                Constructor<?> creator = shape.delegating();
                return construct(creator, path, value(node, creator.getGenericParameterTypes()[0], path));
            }
            if (node.isObject()) {
                return record(node, shape, path);
            }
        }
        throw new IllegalStateException(path + ": cannot read " + node.getNodeType() + " as " + type.getTypeName());
    }

    /** What Jackson passes for an absent value: null, or a primitive's zero. */
    private static Object missing(Class<?> raw) {
        if (raw == boolean.class) {
            return Boolean.FALSE;
        }
        if (raw == int.class) {
            return Integer.valueOf(0);
        }
        if (raw == double.class) {
            return Double.valueOf(0);
        }
        return null;
    }

    private static Object record(JsonNode node, Shape shape, String path) {
        Object[] args = new Object[shape.names().length];
        for (int i = 0; i < args.length; i++) {
            String name = shape.names()[i];
            args[i] = value(node.get(name), shape.types()[i], path + "." + name);
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!shape.known().contains(name)) {
                throw new IllegalStateException(path + ": unknown key \"" + name + "\"");
            }
        }
        return construct(shape.constructor(), path, args);
    }

    /** What reading a record type needs, worked out once per type: reflection is slow on a cold JVM. */
    private record Shape(String[] names, Type[] types, Set<String> known, Constructor<?> constructor,
                         Constructor<?> delegating) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            String[] names = new String[components.length];
            Type[] types = new Type[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = jsonName(type, components[i]);
                types[i] = components[i].getGenericType();
                raw[i] = components[i].getType();
            }
            try {
                return new Shape(names, types, Set.of(names), type.getDeclaredConstructor(raw), delegatingCreator(type));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor for " + type.getName(), e);
            }
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private static String jsonName(Class<?> type, RecordComponent c) {
        try {
            JsonProperty property = type.getDeclaredField(c.getName()).getAnnotation(JsonProperty.class);
            return property != null && !property.value().isEmpty() ? property.value() : c.getName();
        } catch (NoSuchFieldException e) {
            return c.getName();
        }
    }

    private static Object constant(Class<?> type, String text, String path) {
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            try {
                JsonProperty property = type.getField(name).getAnnotation(JsonProperty.class);
                if (property != null ? property.value().equals(text) : name.equalsIgnoreCase(text)) {
                    return constant;
                }
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(path + ": \"" + text + "\" is not a " + type.getSimpleName());
    }

    private static Constructor<?> delegatingCreator(Class<?> type) {
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            JsonCreator creator = c.getAnnotation(JsonCreator.class);
            if (creator != null && creator.mode() == JsonCreator.Mode.DELEGATING && c.getParameterCount() == 1) {
                return c;
            }
        }
        return null;
    }

    private static Object construct(Constructor<?> constructor, String path, Object... args) {
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(path + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported type " + type.getTypeName());
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
