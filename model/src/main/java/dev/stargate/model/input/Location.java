package dev.stargate.model.input;

/** Where an input came from: file (or resource) name, 1-based line and column; 0 when unknown. */
public record Location(String file, int line, int column) {
    public static final Location UNKNOWN = new Location("", 0, 0);

    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) return file;
        return file + ":" + line + ":" + column;
    }
}
