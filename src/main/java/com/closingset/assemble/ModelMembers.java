package com.closingset.assemble;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * What a template may reach of the Java objects in its model: only the model's own values. The
 * deal's maps, lists, texts and numbers FreeMarker shows as they are; of an object, a template sees
 * the instance methods ClosingSet's own classes declare (the wording helpers {@code w.money(...)}),
 * a record's components ({@code exhibit["ex-1.1"].number}) and a date's or time's own text. Nothing
 * else: no {@code getClass()} (so no {@code .class.name}), no {@code hashCode()} (a number that
 * differs from run to run), no static method reached through an instance ({@code date.now()}), no
 * field and no constructor. A template that asks for one is told there is no such value, at its line.
 */
final class ModelMembers implements MemberAccessPolicy {
    static final ModelMembers INSTANCE = new ModelMembers();
    private static final String OWN_PACKAGE = "com.closingset.";
    private static final String DATES_AND_TIMES = "java.time";

    private ModelMembers() {
    }

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> type) {
        return new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                return exposed(type, method);
            }

            @Override
            public boolean isConstructorExposed(java.lang.reflect.Constructor<?> constructor) {
                return false;
            }

            @Override
            public boolean isFieldExposed(java.lang.reflect.Field field) {
                return false;
            }
        };
    }

    /** {@code toString()} only where {@link #exposed} allows it: an object's default one is its class and a random number. */
    @Override
    public boolean isToStringAlwaysExposed() {
        return false;
    }

    /** A date's, a time's or a zone's own text is the same on every machine ({@code 2007-01-24}); no other object's is. */
    static boolean hasText(Class<?> type) {
        return type.getPackageName().equals(DATES_AND_TIMES);
    }

    private static boolean exposed(Class<?> type, Method method) {
        if (Modifier.isStatic(method.getModifiers())) {
            return false;
        }
        Class<?> declaring = method.getDeclaringClass();
        if (method.getName().equals("toString") && method.getParameterCount() == 0) {
            return hasText(type);
        }
        if (type.isRecord()) {
            return declaring == type && Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor).anyMatch(method::equals);
        }
        return declaring == type && type.getName().startsWith(OWN_PACKAGE);
    }
}
