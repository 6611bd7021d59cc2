package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverlongLinesTest {

    @Test
    void linesPeopleWriteAreLeftAsTheyAre() {
        String paragraph = "El comité vecinal llegó con las lonas a las ocho y media, acomodó las sillas bajo el árbol "
                + "del jardín y esperó a que alguien trajera la llave del salón. ";
        // many ordinary lines, together far longer than the bound
        String text = (paragraph.repeat(20) + "\n").repeat(20);

        assertThat(text.length()).isGreaterThan(OverlongLines.LONGEST * 10);
        assertThat(OverlongLines.broken(text)).isSameAs(text);
    }

    @Test
    void aLineExactlyAsLongAsTheLongestStaysWhole() {
        String line = "x ".repeat(OverlongLines.LONGEST / 2);
        assertThat(line).hasSize(OverlongLines.LONGEST);
        assertThat(OverlongLines.broken(line + "\n" + line)).isEqualTo(line + "\n" + line);
    }

    @Test
    void aPastedPageIsBrokenAtSentenceEndsWithoutMovingAnyOffset() {
        String page = "Observé la jornada en el deportivo de la esquina. "
                + "Los vecinos preguntaban dónde se votaba y nadie les sabía decir! "
                + "¿Quién trajo la urna a las once? "
                + "Un joven repartía volantes del equipo de futbol; la encargada le pidió que se alejara. ";
        String text = "Informe del domingo\n" + page.repeat(300) + "\nFirma al calce";

        String broken = OverlongLines.broken(text);

        assertThat(broken).hasSameSizeAs(text).startsWith("Informe del domingo\n").endsWith("\nFirma al calce");
        for (int i = 0; i < text.length(); i++) {
            if (broken.charAt(i) != text.charAt(i)) {
                assertThat(text.charAt(i)).as("only a space becomes a line break").isEqualTo(' ');
                assertThat(broken.charAt(i)).isEqualTo('\n');
                assertThat(".!?;").as("after a sentence end").contains(String.valueOf(text.charAt(i - 1)));
            }
        }
        String[] lines = broken.split("\n");
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(OverlongLines.LONGEST));
        // each piece but the last is more than half the bound: the page is not shredded into sentences
        assertThat(lines.length).isLessThanOrEqualTo(2 + 1 + text.length() / (OverlongLines.LONGEST / 2));
    }

    @Test
    void aLineWithoutSentenceEndsIsBrokenAtAWhitespace() {
        // a spreadsheet cell of names and numbers separated by commas, no full stop anywhere
        StringBuilder cell = new StringBuilder();
        for (int i = 0; cell.length() < 3 * OverlongLines.LONGEST; i++) {
            cell.append("Lote ").append(i).append(" Sauce Llorón, ");
        }
        String text = cell.toString();

        String broken = OverlongLines.broken(text);

        assertThat(broken).hasSameSizeAs(text);
        String[] lines = broken.split("\n");
        assertThat(lines).hasSize(4).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(OverlongLines.LONGEST));
        assertThat(broken.replace('\n', ' ')).isEqualTo(text);
    }
}
