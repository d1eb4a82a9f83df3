package io.regtrack.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regtrack.meeting.MeetingKind;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RFC 4180 quoting of {@link CsvWriter}, and the test reader {@link Csv} against it. */
class CsvWriterTest {

  static Stream<Arguments> fields() {
    return Stream.of(
        Arguments.of("plain", "Hội nghị quán triệt", "Hội nghị quán triệt"),
        Arguments.of("empty string", "", ""),
        Arguments.of("null is an empty field", null, ""),
        Arguments.of("comma", "Sáng 5/3, tại Hà Nam", "\"Sáng 5/3, tại Hà Nam\""),
        Arguments.of("quote doubled", "Quy định \"58\"", "\"Quy định \"\"58\"\"\""),
        Arguments.of("only a quote", "\"", "\"\"\"\""),
        Arguments.of("LF", "dòng 1\ndòng 2", "\"dòng 1\ndòng 2\""),
        Arguments.of("CR", "a\rb", "\"a\rb\""),
        Arguments.of("CRLF", "a\r\nb", "\"a\r\nb\""),
        Arguments.of("typographic quotes need no quoting", "“Một số vấn đề”", "“Một số vấn đề”"),
        Arguments.of("semicolon list", "58-QĐ/TW; 01-HD/BTCTW", "58-QĐ/TW; 01-HD/BTCTW"),
        Arguments.of("spaces kept", "  a  ", "  a  "),
        Arguments.of("U+00A0 kept", "a\u00A0b", "a\u00A0b"),
        Arguments.of("number", 3200, "3200"),
        Arguments.of("long", 12L, "12"),
        Arguments.of("boolean", true, "true"),
        Arguments.of("date", LocalDate.of(2022, 2, 8), "2022-02-08"),
        Arguments.of("enum name", MeetingKind.DISSEMINATION, "DISSEMINATION"),
        Arguments.of("formula =", "=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        Arguments.of("formula +", "+1+1", "'+1+1"),
        Arguments.of("formula -", "-2+3", "'-2+3"),
        Arguments.of("partial date", "--03-15", "'--03-15"),
        Arguments.of("formula @", "@SUM(A1)", "'@SUM(A1)"),
        Arguments.of("leading tab", "\tx", "'\tx"),
        Arguments.of("leading CR quoted", "\rx", "\"'\rx\""),
        Arguments.of("minus inside is text", "a-b", "a-b"),
        Arguments.of("a negative number is a number", -5, "-5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void quotesAFieldOnlyWhenItMust(String name, Object value, String written) throws IOException {
    assertThat(CsvWriter.field(value)).isEqualTo(written);
    // Written in a record and read back, the field is the value's text ...
    String record = write(List.of(Arrays.asList("x", value, "y")));
    String text = value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString();
    // ... after the apostrophe that keeps a spreadsheet from running it, for text read as a formula
    boolean formula =
        value instanceof String s && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
    assertThat(Csv.parse(record)).containsExactly(List.of("x", formula ? "'" + text : text, "y"));
  }

  @Test
  void recordsEndWithCrlfAndTheBomComesFirst() throws IOException {
    StringWriter out = new StringWriter();
    CsvWriter csv = new CsvWriter(out);
    csv.bom();
    csv.row(List.of("id", "title"));
    csv.row(Arrays.asList(1, null));
    csv.row(List.of(2, "a,b"));
    csv.flush();
    assertThat(out.toString()).isEqualTo("\uFEFFid,title\r\n1,\r\n2,\"a,b\"\r\n");
  }

  @Test
  void theReaderIsStrict() {
    assertThatThrownBy(() -> Csv.parse("a,b\n")).hasMessageContaining("LF without CR");
    assertThatThrownBy(() -> Csv.parse("a,b")).hasMessageContaining("without CRLF");
    assertThatThrownBy(() -> Csv.parse("a\"b\r\n")).hasMessageContaining("unquoted");
    assertThatThrownBy(() -> Csv.parse("\"a\"b\r\n")).hasMessageContaining("closing quote");
    assertThatThrownBy(() -> Csv.parse("\"a\r\n")).hasMessageContaining("unclosed");
    assertThat(Csv.parse("\"\",\r\n")).containsExactly(List.of("", ""));
  }

  private static String write(List<List<?>> rows) throws IOException {
    StringWriter out = new StringWriter();
    CsvWriter csv = new CsvWriter(out);
    for (List<?> row : rows) {
      csv.row(row);
    }
    csv.flush();
    return out.toString();
  }
}
