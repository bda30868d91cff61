package org.etcts.steps.isolation;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A test class as an item of a {@code classes} worker: {@code <class>} runs all its tests,
 * {@code <class>!<method>,<method>} runs all but the methods named (the ones that crashed or hung an
 * earlier worker, so the rest of the class still gets its results).
 *
 * @param className the test class
 * @param excluded the methods not to run
 */
public record TestClassItem(String className, Set<String> excluded) {

    private static final char EXCLUDING = '!';

    /** Reads an item. */
    public static TestClassItem parse(String item) {
        int mark = item.indexOf(EXCLUDING);
        if (mark < 0) {
            return new TestClassItem(item, Set.of());
        }
        Set<String> methods = new LinkedHashSet<>(Arrays.asList(item.substring(mark + 1).split(",")));
        methods.remove("");
        return new TestClassItem(item.substring(0, mark), Set.copyOf(methods));
    }

    /** The same class without one more method. */
    public TestClassItem without(String method) {
        Set<String> methods = new LinkedHashSet<>(excluded);
        methods.add(method);
        return new TestClassItem(className, methods);
    }

    /**
     * The method a {@code classes} worker's step names: its steps are the tests' names,
     * {@code <class>.<method> <display name>}.
     *
     * @param step a step's text
     * @return the method, or empty when the step names none
     */
    public static String methodOfStep(String step) {
        int space = step.indexOf(' ');
        String qualified = space < 0 ? step : step.substring(0, space);
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? "" : qualified.substring(dot + 1);
    }

    @Override
    public String toString() {
        return excluded.isEmpty() ? className : className + EXCLUDING + String.join(",", excluded.stream().sorted().toList());
    }
}
