package dev.stargate.model.input;

/**
 * Field paths such as {@code sites[3].phases[0].acceleratorCount} or
 * {@code catalogue.accelerators.gb200.tdpW}: building them and finding their location in a tree.
 */
public final class NodePath {
    private NodePath() {}

    public static String field(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    public static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    /**
     * The location of the deepest node on the path that exists (a missing field is reported where
     * its parent is). Unknown when there is no tree.
     */
    public static Location locate(Node root, String path) {
        if (root == null) return Location.UNKNOWN;
        Node node = root;
        Location best = root.location();
        int i = 0;
        int n = path.length();
        while (i < n && node != null) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
                continue;
            }
            if (c == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) break;
                String idx = path.substring(i + 1, close);
                i = close + 1;
                if (node instanceof Node.ListNode list) {
                    try {
                        int k = Integer.parseInt(idx);
                        node = k >= 0 && k < list.items().size() ? list.items().get(k) : null;
                    } catch (NumberFormatException e) {
                        node = null;
                    }
                } else {
                    node = null;
                }
            } else {
                int end = i;
                while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') end++;
                String key = path.substring(i, end);
                i = end;
                if (node instanceof Node.MapNode map) {
                    Node next = map.get(key);
                    if (next == null) {
                        node = null;
                    } else {
                        // a scalar value is best located at its key for readability of nested values
                        node = next;
                    }
                } else {
                    node = null;
                }
            }
            if (node != null) best = node.location();
        }
        return best;
    }
}
