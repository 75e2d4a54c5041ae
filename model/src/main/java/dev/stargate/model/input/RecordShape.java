package dev.stargate.model.input;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The declared inputs of a record class, read by reflection once and cached: each component's
 * name, types and {@link In} declaration, and the canonical constructor. Reflection re-parses
 * annotations on every call, so binding thousands of rows needs this.
 */
public final class RecordShape {
    private static final ConcurrentHashMap<Class<?>, RecordShape> CACHE = new ConcurrentHashMap<>();

    /** One component: name, raw and generic type, declaration, and accessor. */
    public record Component(String name, Class<?> type, Type genericType, In decl, RecordComponent reflected) {}

    public final Class<?> type;
    public final List<Component> components;
    /** Names a user may write (all but the key component). */
    public final List<String> settable;
    final Constructor<?> constructor;

    private RecordShape(Class<?> type) {
        this.type = type;
        RecordComponent[] rcs = type.getRecordComponents();
        this.components = Arrays.stream(rcs).map(rc -> {
            In decl = rc.getAnnotation(In.class);
            if (decl == null) {
                throw new IllegalStateException(type.getSimpleName() + "." + rc.getName() + " has no @In declaration");
            }
            return new Component(rc.getName(), rc.getType(), rc.getGenericType(), decl, rc);
        }).toList();
        this.settable = components.stream().filter(c -> !c.decl().key()).map(Component::name).toList();
        try {
            this.constructor = type.getDeclaredConstructor(Arrays.stream(rcs).map(RecordComponent::getType).toArray(Class<?>[]::new));
            this.constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RecordShape of(Class<?> type) {
        return CACHE.computeIfAbsent(type, RecordShape::new);
    }
}
