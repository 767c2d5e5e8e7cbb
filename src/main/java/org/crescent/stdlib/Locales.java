package org.crescent.stdlib;

import java.util.Arrays;

/**
 * os.setlocale's view of the C library's locale: the name set for each glibc category. Only
 * the locales that change nothing Crescent formats are available (C, POSIX and C.UTF-8, which
 * every glibc has); other names fail as an uninstalled locale does. Invariant: {@code names}
 * holds glibc's twelve categories in the order of its composite names.
 */
final class Locales {
    private static final String[] CATEGORY_NAMES = {
        "LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
        "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION",
    };
    /** glibc category of each os.setlocale option after "all": collate, ctype, monetary, numeric, time. */
    private static final int[] OPTION_CATEGORIES = {-1, 3, 0, 4, 1, 2};

    private final String[] names = new String[CATEGORY_NAMES.length];

    Locales() {
        Arrays.fill(names, "C");
    }

    /** The current name of the option's category, or the composite name when "all" differ. */
    String query(int option) {
        if (option != 0) {
            return names[OPTION_CATEGORIES[option]];
        }
        boolean uniform = true;
        for (String name : names) {
            uniform &= name.equals(names[0]);
        }
        if (uniform) {
            return names[0];
        }
        StringBuilder composite = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            composite.append(i == 0 ? "" : ";").append(CATEGORY_NAMES[i]).append('=').append(names[i]);
        }
        return composite.toString();
    }

    /** setlocale(category, name): the new name, or null (nothing changed) if unavailable. */
    String set(int option, String requested) {
        int first = option == 0 ? 0 : OPTION_CATEGORIES[option];
        int last = option == 0 ? names.length - 1 : first;
        String[] chosen = new String[names.length];
        for (int category = first; category <= last; category++) {
            String name = requested.isEmpty() ? fromEnvironment(CATEGORY_NAMES[category]) : requested;
            name = available(name);
            if (name == null) {
                return null;
            }
            chosen[category] = name;
        }
        for (int category = first; category <= last; category++) {
            names[category] = chosen[category];
        }
        return query(option);
    }

    private static String fromEnvironment(String category) {
        for (String variable : new String[] {"LC_ALL", category, "LANG"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return "C";
    }

    private static String available(String name) {
        switch (name) {
            case "C":
            case "POSIX":
                return "C";
            case "C.UTF-8":
            case "C.utf8":
                return name;
            default:
                return null;
        }
    }
}
