package factpipe.extract.date;

/** How much of the calendar a {@link DatePoint} pins down. */
enum Precision {
    CENTURY, DECADE, YEAR, SEASON, MONTH, DAY
}
