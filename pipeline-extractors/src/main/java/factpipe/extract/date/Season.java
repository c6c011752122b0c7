package factpipe.extract.date;

import java.util.Locale;

/** The seasons, written as EDTF level-1 season codes (21 spring ... 24 winter): "summer 2016" is 2016-22. */
enum Season {
    SPRING(21), SUMMER(22), AUTUMN(23), WINTER(24);

    private final int code;

    Season(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }

    /** The first month of the season (northern hemisphere), for ordering a range. */
    int firstMonth() {
        return switch (this) {
            case SPRING -> 3;
            case SUMMER -> 6;
            case AUTUMN -> 9;
            case WINTER -> 12;
        };
    }

    static Season of(Token token) {
        if (!token.isWord()) {
            return null;
        }
        return switch (token.text().toLowerCase(Locale.ROOT)) {
            case "spring" -> SPRING;
            case "summer" -> SUMMER;
            case "autumn", "fall" -> AUTUMN;
            case "winter" -> WINTER;
            default -> null;
        };
    }
}
