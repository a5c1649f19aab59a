package dev.migrate.entity;

import java.util.List;

/** Names a list of classes the way messages show them: the first five, then how many more. */
final class LeftOut {

    private static final int SHOWN = 5;

    private LeftOut() {
    }

    static String names(List<String> classes) {
        return String.join(", ", classes.subList(0, Math.min(SHOWN, classes.size())))
                + (classes.size() > SHOWN ? " and " + (classes.size() - SHOWN) + " more" : "");
    }
}
