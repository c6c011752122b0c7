package factpipe.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class ByteSizeTest {

    @ParameterizedTest
    @CsvSource({
            "0, 0",
            "4096, 4096",
            "256KB, 262144",
            "256kb, 262144",
            "256 KB, 262144",
            "256K, 262144",
            "256KiB, 262144",
            "5MB, 5242880",
            "50MB, 52428800",
            "1.5MB, 1572864",
            "0.5KB, 512",
            "1.3KB, 1331",
            "2GB, 2147483648",
            "2g, 2147483648",
            "100B, 100",
            "' 5MB ', 5242880"})
    void parsesNumbersWithBinaryUnits(String text, long bytes) {
        assertThat(ByteSize.parse(text).bytes()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "MB", "5 megabytes", "-1", "-5MB", "5XB", "1.5", "1.5B", "5MB5", "1e6", "99999999999GB"})
    void refusesWhatIsNotASize(String text) {
        assertThatThrownBy(() -> ByteSize.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"0, 0 B", "1023, 1023 B", "1024, 1 KB", "262144, 256 KB", "1572864, 1.5 MB", "5242880, 5 MB",
            "52428800, 50 MB", "5300000, 5.1 MB", "2147483648, 2 GB"})
    void formatsWithTheLargestFittingUnit(long bytes, String text) {
        assertThat(ByteSize.format(bytes)).isEqualTo(text);
        assertThat(new ByteSize(bytes)).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"256 KB", "1.5 MB", "5 MB", "2 GB"})
    void readsBackWhatItWrites(String text) {
        assertThat(ByteSize.parse(text)).hasToString(text);
    }

    @org.junit.jupiter.api.Test
    void picocliSeesABadSizeAsAUsageError() {
        assertThatThrownBy(() -> new ByteSize.Converter().convert("5 parsecs"))
                .isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessageContaining("5 parsecs");
    }
}
