package factpipe.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatePointTest {

    @Test
    void writesEdtf() {
        assertThat(DatePoint.century(1800).edtf()).isEqualTo("18XX");
        assertThat(DatePoint.decade(1970).edtf()).isEqualTo("197X");
        assertThat(DatePoint.year(1952).edtf()).isEqualTo("1952");
        assertThat(DatePoint.season(2016, Season.SUMMER).edtf()).isEqualTo("2016-22");
        assertThat(DatePoint.month(2014, 2).edtf()).isEqualTo("2014-02");
        assertThat(DatePoint.month(null, 11).edtf()).isEqualTo("XXXX-11");
        assertThat(DatePoint.day(2003, 8, 5).edtf()).isEqualTo("2003-08-05");
        assertThat(DatePoint.day(null, 10, 12).edtf()).isEqualTo("XXXX-10-12");
        assertThat(DatePoint.day(null, null, 14).edtf()).isEqualTo("XXXX-XX-14");
        assertThat(DatePoint.day(2005, null, 14).edtf()).isEqualTo("2005-XX-14");
    }

    @Test
    void knowsWhichDatesExist() {
        assertThat(DatePoint.day(2004, 2, 29).exists()).isTrue();
        assertThat(DatePoint.day(null, 2, 29).exists()).isTrue();
        assertThat(DatePoint.day(2003, 2, 29).exists()).isFalse();
        assertThat(DatePoint.day(2003, 2, 30).exists()).isFalse();
        assertThat(DatePoint.day(null, 2, 30).exists()).isFalse();
        assertThat(DatePoint.day(2004, 4, 31).exists()).isFalse();
        assertThat(DatePoint.day(2004, 4, 0).exists()).isFalse();
        assertThat(DatePoint.day(2004, 13, 5).exists()).isFalse();
        assertThat(DatePoint.month(2004, 13).exists()).isFalse();
        assertThat(DatePoint.day(null, null, 31).exists()).isTrue();
        assertThat(DatePoint.day(null, null, 32).exists()).isFalse();
    }

    @Test
    void ordersByFirstDay() {
        assertThat(DatePoint.year(1996).key()).isLessThan(DatePoint.year(2000).key());
        assertThat(DatePoint.month(2013, 7).key()).isLessThan(DatePoint.season(2016, Season.SUMMER).key());
        assertThat(DatePoint.day(2005, 5, 17).key()).isLessThan(DatePoint.day(2005, 5, 19).key());
        assertThat(DatePoint.day(null, 12, 28).key()).isGreaterThan(DatePoint.day(null, 1, 3).key());
    }
}
