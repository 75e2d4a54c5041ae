package dev.stargate.model.input;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found while loading and validating an input, so that the user sees all
 * of them at once. Paths are resolved to file locations through an optional {@link Node} root.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();
    private Node root;

    /** Problems given by path only are located in this tree. */
    public Problems locateIn(Node root) {
        this.root = root;
        return this;
    }

    public void error(Location at, String path, String message) {
        list.add(new Problem(Severity.ERROR, at, path, message));
    }

    public void warning(Location at, String path, String message) {
        list.add(new Problem(Severity.WARNING, at, path, message));
    }

    /** An error at a field path, located through the tree given to {@link #locateIn}. */
    public void error(String path, String message) {
        error(NodePath.locate(root, path), path, message);
    }

    public void warning(String path, String message) {
        warning(NodePath.locate(root, path), path, message);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public int errorCount() {
        return (int) list.stream().filter(Problem::isError).count();
    }

    public List<Problem> all() {
        return List.copyOf(list);
    }

    public void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    /** Throws {@link InvalidInputException} when any error was recorded. */
    public void throwIfErrors() {
        if (hasErrors()) throw new InvalidInputException(list);
    }
}
