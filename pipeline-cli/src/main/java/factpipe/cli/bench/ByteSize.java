package factpipe.cli.bench;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * An amount of bytes as people write it: "256KB", "5MB", "1.5MB", "2G" or plain bytes "4096".
 * Units are binary (1 KB = 1024 bytes), case-insensitive, with or without a space.
 */
public record ByteSize(long bytes) {

    private static final Pattern SYNTAX = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?", Pattern.CASE_INSENSITIVE);

    public ByteSize {
        if (bytes < 0) {
            throw new IllegalArgumentException("a size cannot be negative: " + bytes);
        }
    }

    public static ByteSize parse(String text) {
        Matcher m = SYNTAX.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: \"" + text + "\" (expected e.g. 4096, 256KB, 1.5MB, 2GB)");
        }
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        long multiplier = switch (unit.charAt(0)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1L;
        };
        BigDecimal exact = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(multiplier));
        if (exact.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("size too large: \"" + text + "\"");
        }
        if (unit.equals("b") && exact.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("not a whole number of bytes: \"" + text + "\"");
        }
        // "1.3KB" is 1331.2 bytes: the nearest byte is what anyone means
        return new ByteSize(exact.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    }

    /** The largest unit that keeps a number of at least 1, one decimal at most: "256 KB", "1.5 MB". */
    @Override
    public String toString() {
        return format(bytes);
    }

    public static String format(long bytes) {
        String[] units = {"GB", "MB", "KB"};
        for (int i = 0; i < units.length; i++) {
            long unit = 1L << (10 * (3 - i));
            if (bytes >= unit) {
                double v = (double) bytes / unit;
                String number = String.format(Locale.ROOT, "%.1f", v);
                return (number.endsWith(".0") ? number.substring(0, number.length() - 2) : number) + " " + units[i];
            }
        }
        return bytes + " B";
    }

    /** Lets picocli options be declared as {@code ByteSize}. */
    public static final class Converter implements CommandLine.ITypeConverter<ByteSize> {
        @Override
        public ByteSize convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
