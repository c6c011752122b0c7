package factpipe.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayoutTest {

    private static String cell(String text, TextLayout.Table t, int row, int column) {
        TextLayout.Cell c = t.rows().get(row).cells().get(column);
        return text.substring(c.start(), c.end());
    }

    @Test
    void splitsParagraphsAndTabTables() {
        String text = "Dispatch Record\r\nDate\tCountry\tNumber of personnel dispatched\nJune 1990\tIran\t6\n\nAfter the table.";
        List<TextLayout.Block> blocks = TextLayout.of(text);

        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0)).isEqualTo(new TextLayout.Paragraph(0, 15));
        TextLayout.Table table = (TextLayout.Table) blocks.get(1);
        assertThat(table.rows()).hasSize(2);
        assertThat(cell(text, table, 0, 2)).isEqualTo("Number of personnel dispatched");
        assertThat(cell(text, table, 1, 2)).isEqualTo("6");
        assertThat(table.title()).contains(new TextLayout.Paragraph(0, 15));
        assertThat(blocks.get(2)).isInstanceOf(TextLayout.Paragraph.class);
    }

    @Test
    void keepsEmptyCellsInTheirColumn() {
        String text = "\tCountry\t2003\n1\tKorea\t152";
        TextLayout.Table table = (TextLayout.Table) TextLayout.of(text).get(0);
        assertThat(table.rows().get(0).cells().get(0).empty()).isTrue();
        assertThat(cell(text, table, 1, 2)).isEqualTo("152");
        assertThat(table.title()).isEmpty();
    }

    @Test
    void readsMarkdownPipeTablesWithoutTheSeparatorRow() {
        String text = "| Country | Officers |\n|---|:---:|\n| Peru | 48 |";
        TextLayout.Table table = (TextLayout.Table) TextLayout.of(text).get(0);
        assertThat(table.rows()).hasSize(2);
        assertThat(cell(text, table, 0, 1)).isEqualTo("Officers");
        assertThat(cell(text, table, 1, 1)).isEqualTo("48");
    }

    @Test
    void aLineWithoutTabsIsAParagraph() {
        assertThat(TextLayout.of("Japan sent 12 experts.\n   \nThey trained officers."))
                .containsExactly(new TextLayout.Paragraph(0, 22), new TextLayout.Paragraph(27, 49));
    }
}
