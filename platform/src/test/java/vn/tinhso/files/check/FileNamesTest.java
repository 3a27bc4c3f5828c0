package vn.tinhso.files.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsOnlyTheLastSegmentOfAPath() {
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("C:\\Users\\an\\Giấy khai sinh.pdf")).isEqualTo("Giấy khai sinh.pdf");
        assertThat(FileNames.sanitise("..")).isEqualTo(FileNames.FALLBACK);
    }

    @Test
    void removesControlAndInvisibleCharacters() {
        assertThat(FileNames.sanitise("hồ sơ\u0000.pdf")).isEqualTo("hồ sơ.pdf");
        assertThat(FileNames.sanitise("to\r\nkhai.pdf")).isEqualTo("to khai.pdf");
        // A right-to-left override would show "hoso\u202Efdp.exe" as "hosoexe.pdf".
        assertThat(FileNames.sanitise("hoso\u202Efdp.exe")).isEqualTo("hosofdp.exe");
    }

    @Test
    void replacesCharactersWindowsReservesAndDefusesDeviceNames() {
        assertThat(FileNames.sanitise("a<b>c:d\"e|f?g*.pdf")).isEqualTo("a_b_c_d_e_f_g_.pdf");
        assertThat(FileNames.sanitise("CON.pdf")).isEqualTo("_CON.pdf");
        assertThat(FileNames.sanitise("  .bashrc. ")).isEqualTo("bashrc");
    }

    @Test
    void keepsVietnameseLettersInOneSpelling() {
        String decomposed = java.text.Normalizer.normalize("Đơn đề nghị cấp sổ đỏ.docx",
                java.text.Normalizer.Form.NFD);
        assertThat(FileNames.sanitise(decomposed)).isEqualTo("Đơn đề nghị cấp sổ đỏ.docx");
        assertThat(FileNames.sanitise("Bản   sao\tCCCD.jpg")).isEqualTo("Bản sao CCCD.jpg");
    }

    @Test
    void capsTheLengthButKeepsTheExtension() {
        String name = FileNames.sanitise("ồ".repeat(400) + ".pdf");
        assertThat(name).endsWith("ồ.pdf");
        assertThat(name.codePointCount(0, name.length())).isEqualTo(FileNames.MAX_LENGTH);
        String emoji = FileNames.sanitise("😀".repeat(300));
        assertThat(emoji.codePoints()).hasSize(FileNames.MAX_LENGTH).allMatch(c -> c == "😀".codePointAt(0));
    }

    @Test
    void isNeverEmpty() {
        assertThat(FileNames.sanitise(null)).isEqualTo(FileNames.FALLBACK);
        assertThat(FileNames.sanitise("")).isEqualTo(FileNames.FALLBACK);
        assertThat(FileNames.sanitise("/\u0000/ ")).isEqualTo(FileNames.FALLBACK);
    }
}
