package vn.tinhso.files.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tinhso.files.FilePolicy;
import vn.tinhso.files.TestFiles;

/** The bytes decide; the name may only refine what the bytes show. */
class ContentTypesTest {

    private static final FilePolicy DEFAULT = new FilePolicy(20L << 20, Set.of("application/pdf", "image/jpeg",
            "image/png", "image/tiff", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/msword",
            "application/vnd.ms-excel", "application/xml", "text/xml"));

    private final ContentTypes types = new ContentTypes();

    private String detect(byte[] content, String name) {
        return types.detect(new ByteArrayInputStream(content), name);
    }

    @Test
    void recognisesAPdfAndAPngWhateverTheyAreCalled() {
        assertThat(detect(TestFiles.pdf("x"), "to-khai.pdf")).isEqualTo("application/pdf");
        assertThat(detect(TestFiles.pdf("x"), "to-khai.exe")).isEqualTo("application/pdf");
        assertThat(detect(TestFiles.png(1), "anh.pdf")).isEqualTo("image/png");
        assertThat(detect(TestFiles.png(1), null)).isEqualTo("image/png");
    }

    @Test
    void doesNotLetANameTurnAnExecutableAnArchiveOrAPageIntoAPdf() {
        assertThat(detect(TestFiles.elf(), "to-khai.pdf")).isNotEqualTo("application/pdf")
                .satisfies(type -> assertThat(DEFAULT.allows(type)).isFalse());
        assertThat(detect(TestFiles.zip(), "to-khai.pdf")).isEqualTo("application/zip");
        assertThat(detect(TestFiles.html(), "to-khai.pdf")).isEqualTo("text/html");
        assertThat(detect("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), "to-khai.pdf"))
                .satisfies(type -> assertThat(DEFAULT.allows(type)).as(type).isFalse());
        assertThat(detect("hello".getBytes(StandardCharsets.US_ASCII), "to-khai.pdf"))
                .satisfies(type -> assertThat(DEFAULT.allows(type)).as(type).isFalse());
    }

    @Test
    void acceptsXmlExportsOfOtherSystems() {
        byte[] xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><HoSo><MaHoSo>000.00.01.H60-260101-0001</MaHoSo></HoSo>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(DEFAULT.allows(detect(xml, "hoso.xml"))).isTrue();
    }

    @Test
    void comparesMediaTypesWithoutParametersOrCase() {
        assertThat(DEFAULT.allows("Text/XML; charset=UTF-8")).isTrue();
        assertThat(DEFAULT.allows("image/svg+xml")).isFalse();
        assertThat(DEFAULT.allows(null)).isFalse();
    }
}
