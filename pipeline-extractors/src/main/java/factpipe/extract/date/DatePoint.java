package factpipe.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * One end of a date mention, as far as the text pins it down. {@code year} is null for a
 * year-less date ("June 15"), {@code month} null for a bare day ("on the 14th"). A century or
 * decade keeps its first year (1800, 1970).
 */
record DatePoint(Precision precision, Integer year, Integer month, Integer day, Season season) {

    static DatePoint century(int firstYear) {
        return new DatePoint(Precision.CENTURY, firstYear, null, null, null);
    }

    static DatePoint decade(int firstYear) {
        return new DatePoint(Precision.DECADE, firstYear, null, null, null);
    }

    static DatePoint year(int year) {
        return new DatePoint(Precision.YEAR, year, null, null, null);
    }

    static DatePoint season(int year, Season season) {
        return new DatePoint(Precision.SEASON, year, null, null, season);
    }

    static DatePoint month(Integer year, int month) {
        return new DatePoint(Precision.MONTH, year, month, null, null);
    }

    static DatePoint day(Integer year, Integer month, int day) {
        return new DatePoint(Precision.DAY, year, month, day, null);
    }

    boolean hasYear() {
        return year != null;
    }

    DatePoint withYear(Integer newYear) {
        return new DatePoint(precision, newYear, month, day, season);
    }

    DatePoint withMonth(Integer newMonth) {
        return new DatePoint(precision, year, newMonth, day, season);
    }

    /**
     * Whether the calendar has this date, checked with java.time: February 30, April 31, day 0
     * and month 13 do not exist. A year-less February 29 is possible.
     */
    boolean exists() {
        try {
            if (month != null) {
                java.time.Month.of(month);
            }
            if (precision == Precision.DAY) {
                if (month == null) {
                    return day >= 1 && day <= 31;
                }
                if (year == null) {
                    MonthDay.of(month, day);
                } else {
                    LocalDate.of(year, month, day);
                }
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** A sort key of the point's first day; year-less points compare within their year. */
    long key() {
        long y = year == null ? 0 : year;
        long m = month != null ? month : season != null ? season.firstMonth() : 0;
        long d = day == null ? 0 : day;
        return (y * 100 + m) * 100 + d;
    }

    /** This point in EDTF: "1952", "2014-02", "2003-08-05", "197X", "18XX", "2016-22", "XXXX-10-12". */
    String edtf() {
        String y = year == null ? "XXXX" : String.format("%04d", year);
        return switch (precision) {
            case CENTURY -> String.format("%02dXX", year / 100);
            case DECADE -> String.format("%03dX", year / 10);
            case YEAR -> y;
            case SEASON -> y + "-" + season.code();
            case MONTH -> y + "-" + String.format("%02d", month);
            case DAY -> y + "-" + (month == null ? "XX" : String.format("%02d", month)) + "-" + String.format("%02d", day);
        };
    }
}
